using System.Buffers.Binary;
using System.Text;

namespace Kinara.Web.Infrastructure.Sintetis;

/// <summary>
/// Version-7-shaped Guids from a seed instead of the clock: the 48-bit time prefix counts up from a fixed instant, one
/// millisecond per id (so rows stay in insertion order in a B-tree, as real v7 ids do), and the rest comes from a random
/// stream seeded by the seed number and the Instansi code. Same seed and code, same ids; another code, other ids.
/// </summary>
public sealed class IdDeterministik(int seed, string kode)
{
    private static readonly long Awal = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
    private readonly Random _rng = new(HashStabil(seed, kode));
    private long _nomor;

    public Guid Baru()
    {
        Span<byte> b = stackalloc byte[16];
        _rng.NextBytes(b[6..]);
        var waktu = Awal + _nomor++;
        b[0] = (byte)(waktu >> 40);
        b[1] = (byte)(waktu >> 32);
        BinaryPrimitives.WriteUInt32BigEndian(b[2..6], (uint)waktu);
        b[6] = (byte)(b[6] & 0x0F | 0x70);
        b[8] = (byte)(b[8] & 0x3F | 0x80);
        return new Guid(b, bigEndian: true);
    }

    /// <summary>FNV-1a: string.GetHashCode is randomised per process, this is not.</summary>
    public static int HashStabil(int seed, string teks)
    {
        var h = 2166136261u ^ (uint)seed;
        foreach (var c in Encoding.UTF8.GetBytes(teks))
        {
            h = (h ^ c) * 16777619u;
        }
        return (int)(h & 0x7FFFFFFF);
    }
}
