// The topics of a form as checkboxes (fragments/forms.html, topicsField): shows the filter box above them and, as
// words are typed into it, hides the topics whose name does not contain them. A topic stays in view when it is ticked,
// when it matches, or when one of the topics under it does (so a match keeps its place in the tree). Without script
// the box stays hidden and every checkbox is there.
(function () {
    'use strict';

    function normalise(text) {
        return text.toLocaleLowerCase().replace(/ё/g, 'е').trim();
    }

    function depthOf(row) {
        var match = /(?:^|\s)depth-(\d+)(?:\s|$)/.exec(row.className);
        return match ? parseInt(match[1], 10) : 0;
    }

    function setUp(picker) {
        var box = picker.querySelector('.topic-filter');
        var field = box && box.querySelector('input');
        var rows = Array.prototype.slice.call(picker.querySelectorAll('.topic-choices .form-check'));
        var none = picker.querySelector('.topic-filter-none');
        if (!field || rows.length === 0) {
            return;
        }
        box.hidden = false;

        function apply() {
            var words = normalise(field.value).split(/\s+/).filter(function (w) { return w.length > 0; });
            var shown = rows.map(function (row) {
                var label = normalise(row.textContent);
                var ticked = row.querySelector('input').checked;
                return ticked || words.every(function (w) { return label.indexOf(w) >= 0; });
            });
            // a shown topic keeps its ancestors in view: walk back to each shallower row above it
            for (var i = rows.length - 1; i >= 0; i--) {
                if (!shown[i]) {
                    continue;
                }
                var depth = depthOf(rows[i]);
                for (var j = i - 1; j >= 0 && depth > 0; j--) {
                    var above = depthOf(rows[j]);
                    if (above < depth) {
                        shown[j] = true;
                        depth = above;
                    }
                }
            }
            var any = false;
            rows.forEach(function (row, k) {
                row.hidden = !shown[k];
                any = any || shown[k];
            });
            if (none) {
                none.hidden = any;
            }
        }

        field.addEventListener('input', apply);
        // Enter in the filter box must not send the form
        field.addEventListener('keydown', function (event) {
            if (event.key === 'Enter') {
                event.preventDefault();
            }
        });
    }

    function start() {
        Array.prototype.forEach.call(document.querySelectorAll('.topic-picker'), setUp);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
