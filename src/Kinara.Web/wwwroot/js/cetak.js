// SKP print view: the "Cetak" button opens the browser's print dialog. Without JavaScript the button stays hidden and
// the browser's own Print menu does the same. A separate file because the Content-Security-Policy forbids inline scripts.
(function () {
    'use strict';
    var tombol = document.getElementById('tombol-cetak');
    if (tombol && window.print) {
        tombol.hidden = false;
        tombol.addEventListener('click', function () { window.print(); });
    }
})();
