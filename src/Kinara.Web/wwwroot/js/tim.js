// Tim kerja pages. Everything works without this file (the search reloads the page); with it, a ketua picked from the
// htmx search results is kept in view, so searching again does not lose the choice. A file: the CSP forbids inline scripts.
(function () {
    'use strict';
    var dipilih = document.getElementById('ketua-dipilih');
    if (!dipilih) { return; }
    document.addEventListener('change', function (e) {
        var radio = e.target;
        if (!radio.matches || !radio.matches('[data-pilih-ketua]')) { return; }
        var item = radio.closest('.form-check');
        var salinan = item.cloneNode(true);
        var input = salinan.querySelector('input');
        var label = salinan.querySelector('label');
        input.id = 'ketua-terpilih';
        input.removeAttribute('data-pilih-ketua');
        input.checked = true;
        label.htmlFor = 'ketua-terpilih';
        salinan.classList.add('border', 'rounded', 'p-2', 'ps-5');
        dipilih.replaceChildren(salinan);
        item.closest('li').remove();
    });
})();
