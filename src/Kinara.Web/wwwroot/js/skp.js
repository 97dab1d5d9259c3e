// Small progressive enhancements for the SKP pages. Every form works without this file; the server checks everything.
// A separate file because the Content-Security-Policy forbids inline scripts.
(function () {
    'use strict';

    // Ask before deleting an RHK or an indicator: <form data-konfirmasi="Hapus …?">.
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

    // "Buat SKP": the date fields matter only for a part-year period.
    var radios = document.querySelectorAll('[data-periode-penuh]');
    if (radios.length) {
        var tanggal = document.querySelectorAll('[data-periode-tanggal]');
        var terapkan = function () {
            var penuh = document.getElementById('periode-penuh');
            tanggal.forEach(function (el) { el.hidden = penuh && penuh.checked; });
        };
        radios.forEach(function (r) { r.addEventListener('change', terapkan); });
        terapkan();
    }

    // Year filters reload on change; the "Tampilkan" button is only for browsers without JavaScript.
    document.querySelectorAll('[data-kirim-otomatis]').forEach(function (select) {
        select.addEventListener('change', function () { select.form.submit(); });
    });
    document.querySelectorAll('[data-sembunyi-bila-js]').forEach(function (el) { el.hidden = true; });

    // The return dialog: focus the reason box when it opens.
    var dialog = document.getElementById('dialog-kembalikan');
    if (dialog) {
        dialog.addEventListener('shown.bs.modal', function () {
            var alasan = document.getElementById('alasan-kembalikan');
            if (alasan) { alasan.focus(); }
        });
    }
})();
