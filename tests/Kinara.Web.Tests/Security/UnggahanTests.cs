using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Kinara.Web.Infrastructure.Files;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kinara.Web.Tests.Security;

/// <summary>
/// Uploads through /organisasi/impor (the only upload so far): the client's file name is never a path, and the bytes,
/// not the name or the declared Content-Type, decide what a file is. Size limit and zip bomb: Features/Organisasi/ImporTests.cs.
/// </summary>
public sealed class UnggahanTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    private const string CsvUnit = "kode,nama\nT1,Unit Telusur\n";

    [Theory]
    [InlineData("../../etc/passwd.csv", "passwd.csv")]
    [InlineData("..\\..\\..\\windows\\win.ini.csv", "win.ini.csv")]
    [InlineData("/tmp/kinara-matriks-mutlak.csv", "kinara-matriks-mutlak.csv")]
    public async Task A_path_in_the_file_name_is_dropped_and_the_file_is_stored_under_a_generated_key(string namaKlien, string namaTersimpan)
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Admin);
        var response = await UnggahAsync(client, namaKlien, Encoding.UTF8.GetBytes(CsvUnit), "text/csv");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, Html.Messages(await Html.ParseAsync(response)));
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);

        var job = await factory.WithDbAsync(alpha.Id, db => db.ImporJob.AsNoTracking().SingleAsync(j => j.Id == id));
        Assert.Equal(namaTersimpan, job.NamaBerkas);
        Assert.Matches(new Regex($"^{alpha.Id:N}/impor/[0-9a-f]{{32}}$"), job.LokasiBerkas);
        Assert.DoesNotContain("..", job.LokasiBerkas);

        var root = Path.GetFullPath(Path.Combine(factory.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath,
            factory.Services.GetRequiredService<IOptions<FileStorageOptions>>().Value.Root));
        var tersimpan = Path.Combine(root, job.LokasiBerkas);
        Assert.Equal(CsvUnit, await File.ReadAllTextAsync(tersimpan));
        // Nothing was written where the client's name pointed, inside or outside the storage root.
        var semua = Directory.GetFiles(root, "*", SearchOption.AllDirectories);
        Assert.DoesNotContain(semua, f => Path.GetFileName(f).Contains(namaTersimpan, StringComparison.OrdinalIgnoreCase));
        Assert.False(File.Exists("/tmp/kinara-matriks-mutlak.csv"));
        Assert.False(File.Exists(Path.Combine(root, "..", "..", "etc", "passwd.csv")));

        // The name is shown back as plain text.
        var detail = await Html.GetAsync(client, $"/organisasi/impor/{id}");
        Assert.Contains(namaTersimpan, detail.Body!.TextContent);
    }

    [Fact]
    public async Task A_stored_key_that_leaves_the_storage_root_is_refused_by_the_storage()
    {
        var files = factory.Services.GetRequiredService<IFileStorage>();
        Assert.Throws<ArgumentException>(() => files.OpenRead("../../etc/passwd"));
        await Assert.ThrowsAsync<ArgumentException>(() => files.DeleteAsync("../" + Guid.NewGuid().ToString("N")));
    }

    public static TheoryData<string, byte[], string, string> Bohong => new()
    {
        // A PNG declared as CSV text, with a .csv name.
        { "foto.csv", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52], "text/csv", "bukan berkas teks CSV" },
        // A PDF named and declared as a workbook.
        { "laporan.xlsx", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "bukan berkas Excel" },
        // A PDF declared as CSV text.
        { "data.csv", Encoding.ASCII.GetBytes("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n"), "text/csv", "bukan berkas teks CSV" },
        // A real CSV with a name the importer does not take, whatever it is declared as.
        { "data.png", Encoding.UTF8.GetBytes(CsvUnit), "text/csv", "Jenis berkas tidak didukung" },
    };

    [Theory]
    [MemberData(nameof(Bohong))]
    public async Task A_file_whose_name_or_content_type_lies_is_refused_with_415_and_an_indonesian_message(string nama, byte[] isi, string jenisKonten, string pesan)
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Admin);
        var response = await UnggahAsync(client, nama, isi, jenisKonten);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains(pesan, Html.Messages(await Html.ParseAsync(response)));
        Assert.False(await factory.WithDbAsync(alpha.Id, db => db.ImporJob.AnyAsync(j => j.NamaBerkas == nama)));
    }

    private static async Task<HttpResponseMessage> UnggahAsync(HttpClient client, string nama, byte[] isi, string jenisKonten)
    {
        var page = await Html.GetAsync(client, "/organisasi/impor");
        var file = new ByteArrayContent(isi);
        file.Headers.ContentType = new MediaTypeHeaderValue(jenisKonten);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Html.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent("Unit"), "Jenis" },
        };
        // Set the name by hand: the client must send it as typed, path and all.
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"Berkas\"", FileName = "\"" + nama.Replace("\\", "\\\\") + "\"" };
        form.Add(file);
        return await client.PostAsync("/organisasi/impor", form);
    }
}
