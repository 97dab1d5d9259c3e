// Progressive enhancement of the "Tetapkan RHK" form of the matriks peran hasil. The form works without this file (both
// sections show, the server reads the chosen cascading and computes the default targets); this keeps the screen short
// and shows each chosen pegawai's default share as the choice changes. A file, not inline: the CSP forbids inline scripts.
(function () {
    'use strict';
    var form = document.getElementById('form-tetapkan');
    if (!form) { return; }

    var angka = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 4 });

    // The same split as Skp.BagiRata on the server: whole numbers stay whole, others in hundredths (or finer); the sum
    // equals the target and the first parts take the remainder. Computed in integer units to avoid float drift.
    function bagiRata(target, jumlah) {
        var teks = String(target);
        var desimal = teks.indexOf('.') < 0 ? 0 : Math.max(2, teks.length - teks.indexOf('.') - 1);
        var skala = Math.pow(10, desimal);
        var total = Math.round(target * skala);
        var dasar = Math.floor(total / jumlah);
        var sisa = total - dasar * jumlah;
        var hasil = [];
        for (var k = 0; k < jumlah; k++) { hasil.push((k < sisa ? dasar + 1 : dasar) / skala); }
        return hasil;
    }

    function bacaAngka(teks) {
        // Indonesian "1.000,5" or "1000.5", as Angka.TryBaca reads it on the server (good enough for the running total).
        var s = (teks || '').trim().replace(/\s/g, '').replace(/%$/, '');
        if (!s) { return null; }
        if (s.indexOf(',') >= 0) { s = s.replace(/\./g, '').replace(',', '.'); }
        else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) { s = s.replace(/\./g, ''); }
        var n = Number(s);
        return isNaN(n) ? null : n;
    }

    function modeLangsung() {
        var r = form.querySelector('[data-cascading]:checked');
        return !r || r.value === 'Langsung';
    }

    function perbarui() {
        var langsung = modeLangsung();
        form.querySelectorAll('[data-bagian]').forEach(function (el) {
            el.hidden = (el.getAttribute('data-bagian') === 'langsung') !== langsung;
        });
        // Team members outside the line can only get a non-direct RHK.
        form.querySelectorAll('[data-hanya-tidak-langsung="true"]').forEach(function (cb) {
            cb.disabled = langsung;
            if (langsung) { cb.checked = false; }
        });
        var dipilih = Array.prototype.filter.call(form.querySelectorAll('[data-pilih]'), function (cb) { return cb.checked; })
            .map(function (cb) { return cb.getAttribute('data-pilih'); });
        form.querySelectorAll('[data-indikator-angka]').forEach(function (blok) {
            var id = blok.getAttribute('data-indikator-angka');
            var target = Number(blok.getAttribute('data-nilai'));
            var bagi = form.querySelector('[data-bagi="' + id + '"][value="true"]');
            var inputs = Array.prototype.slice.call(form.querySelectorAll('[data-target-input][data-indikator="' + id + '"]'));
            // As the server does: typed targets count as typed; the empty ones share what is left (split) or copy the target.
            var diketik = 0;
            var kosong = [];
            inputs.forEach(function (input) {
                var dipakai = dipilih.indexOf(input.getAttribute('data-pegawai')) >= 0;
                input.disabled = !dipakai;
                if (!dipakai) { input.placeholder = ''; return; }
                var n = bacaAngka(input.value);
                if (n === null) { kosong.push(input); } else { diketik += n; }
            });
            var nilai = kosong.length === 0 ? [] : (bagi && bagi.checked
                ? bagiRata(Math.max(0, Math.round((target - diketik) * 10000) / 10000), kosong.length)
                : kosong.map(function () { return target; }));
            var jumlah = diketik;
            kosong.forEach(function (input, k) {
                input.placeholder = angka.format(nilai[k]);
                jumlah += nilai[k];
            });
            var total = form.querySelector('[data-jumlah="' + id + '"]');
            if (total) { total.textContent = angka.format(Math.round(jumlah * 10000) / 10000); }
        });
    }

    form.addEventListener('change', perbarui);
    form.addEventListener('input', function (e) { if (e.target.hasAttribute('data-target-input')) { perbarui(); } });
    perbarui();
})();
