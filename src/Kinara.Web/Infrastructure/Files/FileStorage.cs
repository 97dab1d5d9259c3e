using Microsoft.Extensions.Options;

namespace Kinara.Web.Infrastructure.Files;

public sealed class FileStorageOptions
{
    public const string Section = "Berkas";
    /// <summary>Root folder for uploaded files; relative paths are under the content root.</summary>
    public string Root { get; set; } = ".data/berkas";
}

/// <summary>Where uploaded files live. Local disk by default; with several nodes every node's Berkas:Root must be the same
/// shared folder (NFS or a shared volume; docs/operasi.md), or this interface gets an object-store implementation.</summary>
public interface IFileStorage
{
    Task<string> SaveAsync(Guid instansiId, string kategori, Stream content, CancellationToken ct = default);
    Stream OpenRead(string key);
    Task DeleteAsync(string key, CancellationToken ct = default);
}

public sealed class LocalFileStorage(IOptions<FileStorageOptions> options, IHostEnvironment env) : IFileStorage
{
    private readonly string _root = Path.GetFullPath(Path.Combine(env.ContentRootPath, options.Value.Root));

    public async Task<string> SaveAsync(Guid instansiId, string kategori, Stream content, CancellationToken ct = default)
    {
        // Keys are generated here, never taken from the uploaded file name, so a name like "../../x" cannot escape the root.
        var key = $"{instansiId:N}/{Sanitize(kategori)}/{Guid.CreateVersion7():N}";
        var path = PathFor(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written under a temporary name and renamed when complete and on disk: another node sharing the folder (NFS or
        // a shared volume) never opens a half-written file under the real key, and a crash leaves only a ".tmp" file
        // that nothing refers to. The caller stores the key in the database only after this returns.
        var tmp = path + ".tmp";
        try
        {
            await using (var file = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, ct);
                file.Flush(flushToDisk: true);
            }
            File.Move(tmp, path);
        }
        catch
        {
            File.Delete(tmp);
            throw;
        }
        return key;
    }

    public Stream OpenRead(string key) =>
        new FileStream(PathFor(key), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public Task DeleteAsync(string key, CancellationToken ct = default)
    {
        var path = PathFor(key);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        return Task.CompletedTask;
    }

    private string PathFor(string key)
    {
        var full = Path.GetFullPath(Path.Combine(_root, key));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("Invalid storage key.", nameof(key));
        }
        return full;
    }

    private static string Sanitize(string s) => new(s.Where(char.IsAsciiLetterOrDigit).ToArray());
}
