// A button with data-copy-target="ID" copies the value of the field ID to the clipboard, and says so on itself
// (its data-copied text) for two seconds. Where the clipboard cannot be written, the field's text is selected instead.
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy-target]');
    if (!button) {
        return;
    }
    var field = document.getElementById(button.getAttribute('data-copy-target'));
    if (!field) {
        return;
    }
    var label = button.textContent;
    var done = function () {
        button.textContent = button.getAttribute('data-copied') || label;
        setTimeout(function () { button.textContent = label; }, 2000);
    };
    field.select();
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand('copy'); done(); });
    } else {
        document.execCommand('copy');
        done();
    }
});
