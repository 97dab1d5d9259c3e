using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Kinara.Web.Features.Perencanaan.Dokumen;

/// <summary>What a verification token says: which SKP of which tenant, as it was (Versi) when the document was made.</summary>
public sealed record IsiToken(Guid InstansiId, Guid SkpId, int Versi);

/// <summary>
/// The token in the QR code of a printed SKP: 52 bytes, 70 characters of base64url, so the QR stays small (version 6–7)
/// and scans from paper. Layout: key id (4) · instansi (16) · SKP (16) · Versi (4) · HMAC-SHA256 truncated to 96 bits (12).
/// <para>
/// The HMAC key is derived (HKDF, own purpose string) from the master key of an ASP.NET Data Protection key. Those keys
/// live in the database (KinaraSetup: PersistKeysToDbContext), so every app node verifies what any node printed, and no
/// extra secret has to be configured or stored. A Data Protection protector itself would also work, but its payload
/// is ~130 bytes (a 200-character URL and a dense QR). The first 4 bytes of the Data Protection key id travel in the token, so
/// tokens stay valid when the key ring rolls over (old keys are kept; a revoked key invalidates its tokens).
/// </para>
/// </summary>
public sealed class TokenVerifikasi(IKeyManager keyManager, IDataProtectionProvider provider, TimeProvider clock, ILogger<TokenVerifikasi> logger)
{
    public const int PanjangTeks = 70;
    private const int PanjangIsi = 4 + 16 + 16 + 4;
    private const int PanjangMac = 12;
    private static readonly byte[] Tujuan = "Kinara.Dokumen.VerifikasiSkp.v1"u8.ToArray();
    private static readonly TimeSpan MasaBerlakuCache = TimeSpan.FromHours(1);
    private static readonly TimeSpan JedaMuatUlang = TimeSpan.FromSeconds(30);

    private sealed record Cincin(IReadOnlyDictionary<uint, byte[]> Kunci, uint? Aktif, DateTimeOffset DimuatPada);

    private volatile Cincin? _cincin;
    private readonly Lock _kunciMuat = new();

    public string Buat(Guid instansiId, Guid skpId, int versi)
    {
        var (id, kunci) = KunciAktif();
        Span<byte> token = stackalloc byte[PanjangIsi + PanjangMac];
        BinaryPrimitives.WriteUInt32BigEndian(token, id);
        instansiId.TryWriteBytes(token[4..20]);
        skpId.TryWriteBytes(token[20..36]);
        BinaryPrimitives.WriteInt32BigEndian(token[36..40], versi);
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(kunci, token[..PanjangIsi], mac);
        mac[..PanjangMac].CopyTo(token[PanjangIsi..]);
        return Base64Url.EncodeToString(token);
    }

    /// <summary>The token's content, or null when it is garbled, forged, or signed with a key that is gone or revoked.</summary>
    public IsiToken? Baca(string? teks)
    {
        if (teks is not { Length: PanjangTeks })
        {
            return null;
        }
        Span<byte> token = stackalloc byte[PanjangIsi + PanjangMac];
        if (!Base64Url.TryDecodeFromChars(teks, token, out var panjang) || panjang != token.Length)
        {
            return null;
        }
        if (KunciDengan(BinaryPrimitives.ReadUInt32BigEndian(token)) is not { } kunci)
        {
            return null;
        }
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(kunci, token[..PanjangIsi], mac);
        if (!CryptographicOperations.FixedTimeEquals(mac[..PanjangMac], token[PanjangIsi..]))
        {
            return null;
        }
        return new IsiToken(new Guid(token[4..20]), new Guid(token[20..36]), BinaryPrimitives.ReadInt32BigEndian(token[36..40]));
    }

    private (uint Id, byte[] Kunci) KunciAktif()
    {
        var cincin = _cincin;
        if (cincin?.Aktif is not { } id || clock.GetUtcNow() - cincin.DimuatPada > MasaBerlakuCache)
        {
            cincin = Muat(paksa: true);
            if (cincin.Aktif is null)
            {
                // Empty key ring (a fresh database): let Data Protection create its key the usual way, then read it.
                provider.CreateProtector("Kinara.Dokumen.VerifikasiSkp").Protect([0]);
                cincin = Muat(paksa: true);
            }
            id = cincin.Aktif ?? throw new InvalidOperationException("Data Protection has no usable key to sign SKP verification tokens.");
        }
        return (id, cincin.Kunci[id]);
    }

    private byte[]? KunciDengan(uint id)
    {
        if (_cincin?.Kunci.GetValueOrDefault(id) is { } kunci)
        {
            return kunci;
        }
        // A key another node created after this one read the ring. Garbled tokens must not hit the database on every
        // request, so the ring is re-read at most every 30 seconds.
        return Muat(paksa: false).Kunci.GetValueOrDefault(id);
    }

    private Cincin Muat(bool paksa)
    {
        lock (_kunciMuat)
        {
            var sekarang = clock.GetUtcNow();
            if (!paksa && _cincin is { } ada && sekarang - ada.DimuatPada < JedaMuatUlang)
            {
                return ada;
            }
            var kunci = new Dictionary<uint, byte[]>();
            (uint Id, DateTimeOffset Aktivasi)? aktif = null;
            foreach (var key in keyManager.GetAllKeys().Where(k => !k.IsRevoked))
            {
                if (KunciInduk(key) is not { } induk)
                {
                    continue;
                }
                var id = BinaryPrimitives.ReadUInt32BigEndian(key.KeyId.ToByteArray());
                kunci[id] = HKDF.DeriveKey(HashAlgorithmName.SHA256, induk, 32, key.KeyId.ToByteArray(), Tujuan);
                // Sign with the newest key in force, as Data Protection itself does.
                if (key.ActivationDate <= sekarang && key.ExpirationDate > sekarang && (aktif is null || key.ActivationDate > aktif.Value.Aktivasi))
                {
                    aktif = (id, key.ActivationDate);
                }
            }
            var cincin = new Cincin(kunci, aktif?.Id, sekarang);
            _cincin = cincin;
            return cincin;
        }
    }

    /// <summary>The key's secret as Data Protection persists it (the descriptor's masterKey/value element, already decrypted).</summary>
    private byte[]? KunciInduk(IKey key)
    {
        try
        {
            var xml = key.Descriptor.ExportToXml().SerializedDescriptorElement;
            var nilai = xml.Descendants().FirstOrDefault(e => e.Name.LocalName == "masterKey")?.Elements().FirstOrDefault(e => e.Name.LocalName == "value")?.Value;
            return nilai is null ? null : Convert.FromBase64String(nilai);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Data Protection key {KeyId} cannot be used for SKP verification tokens", key.KeyId);
            return null;
        }
    }
}
