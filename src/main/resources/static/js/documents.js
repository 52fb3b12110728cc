// The documents panels' upload forms (templates/documents/panel.html) take a file dropped on them as if chosen in
// their file input, which stays the way to upload without script. Loaded once per panel; set up once per page.
(function () {
    if (window.documentDropReady) {
        return;
    }
    window.documentDropReady = true;
    function formOf(event) {
        return event.target.closest ? event.target.closest('form[data-document-drop]') : null;
    }
    document.addEventListener('dragover', function (event) {
        var form = formOf(event);
        if (form && event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, 'Files') >= 0) {
            event.preventDefault();
            event.dataTransfer.dropEffect = 'copy';
            form.classList.add('document-drop-over');
        }
    });
    document.addEventListener('dragleave', function (event) {
        var form = formOf(event);
        if (form && !form.contains(event.relatedTarget)) {
            form.classList.remove('document-drop-over');
        }
    });
    document.addEventListener('drop', function (event) {
        var form = formOf(event);
        if (!form || !event.dataTransfer || event.dataTransfer.files.length === 0) {
            return;
        }
        event.preventDefault();
        form.classList.remove('document-drop-over');
        var input = form.querySelector('input[type=file]');
        var files = new DataTransfer();
        files.items.add(event.dataTransfer.files[0]);
        input.files = files.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        input.focus();
    });
})();
