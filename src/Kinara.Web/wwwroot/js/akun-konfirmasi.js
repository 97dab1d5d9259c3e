// Asks before a form with data-konfirmasi is sent (resetting a password, switching an account off, ...).
// A separate file because the Content-Security-Policy forbids inline scripts.
document.addEventListener('submit', function (e) {
    var pesan = e.target.getAttribute && e.target.getAttribute('data-konfirmasi');
    if (pesan && !window.confirm(pesan)) {
        e.preventDefault();
    }
});
