// Small progressive enhancements for the master-data pages. Every form still works without this file;
// the server checks everything again.
(function () {
    'use strict';

    // Ask before a state change such as deactivating: <form data-konfirmasi="Nonaktifkan …?">.
    document.addEventListener('submit', function (e) {
        var form = e.target;
        var pesan = form.getAttribute && form.getAttribute('data-konfirmasi');
        if (pesan && !window.confirm(pesan)) {
            e.preventDefault();
        }
    });

    // Bootstrap styling for the fields the server marked invalid.
    document.querySelectorAll('.input-validation-error').forEach(function (el) {
        el.classList.add('is-invalid');
        el.setAttribute('aria-invalid', 'true');
    });

    // A search box that narrows a long <select> (jabatan grouped by unit): matches the option or its unit.
    document.querySelectorAll('[data-saring-select]').forEach(function (input) {
        var select = document.getElementById(input.getAttribute('data-saring-select'));
        if (!select) { return; }
        input.hidden = false;
        input.addEventListener('input', function () {
            var q = input.value.trim().toLowerCase();
            select.querySelectorAll('option').forEach(function (o) {
                var grup = o.parentElement && o.parentElement.tagName === 'OPTGROUP' ? o.parentElement.label.toLowerCase() : '';
                o.hidden = !(q === '' || o.value === '' || o.selected || o.text.toLowerCase().indexOf(q) >= 0 || grup.indexOf(q) >= 0);
            });
            select.querySelectorAll('optgroup').forEach(function (g) {
                g.hidden = !g.querySelector('option:not([hidden])');
            });
        });
    });

    // Jenjang suggestions follow the chosen jenis jabatan (<datalist id="jenjang-{Jenis}">).
    document.querySelectorAll('[data-jenjang-untuk]').forEach(function (select) {
        var input = document.getElementById(select.getAttribute('data-jenjang-untuk'));
        if (!input) { return; }
        select.addEventListener('change', function () {
            if (select.value) { input.setAttribute('list', 'jenjang-' + select.value); } else { input.removeAttribute('list'); }
        });
    });

    // Golongan list follows the jenis pegawai: PNS/CPNS get I/a … IV/e, PPPK get I … XVII.
    document.querySelectorAll('[data-golongan-untuk]').forEach(function (select) {
        var golongan = document.getElementById(select.getAttribute('data-golongan-untuk'));
        if (!golongan) { return; }
        function terapkan() {
            var jenis = /^Pppk/.test(select.value) ? 'pppk' : 'pns';
            golongan.querySelectorAll('optgroup[data-jenis]').forEach(function (g) {
                var cocok = g.getAttribute('data-jenis') === jenis;
                g.disabled = !cocok;
                g.hidden = !cocok;
            });
            var pilihan = golongan.options[golongan.selectedIndex];
            if (pilihan && pilihan.parentElement.disabled) { golongan.value = ''; }
        }
        select.addEventListener('change', terapkan);
        terapkan();
    });
})();
