using System.Data.Common;
using System.Net;
using Kinara.Domain.Kepegawaian;
using Kinara.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Kinara.Web.Infrastructure.Bench;

/// <summary>
/// The load benchmark's yardstick (bench/load): one primary-key read of a pegawai's name with raw ADO.NET (Npgsql on
/// PostgreSQL) returned as a tiny HTML page — no sign-in, no EF, no Razor — so every page's throughput can be given as a
/// share of what this machine does at all through the same pipeline. Mapped only when <c>Kinara:Bench:Batas=true</c>;
/// without the setting the route does not exist (404). It reads across tenants, so it must never be on in a deployment.
/// </summary>
public static class BatasEndpoint
{
    public const string Setelan = "Kinara:Bench:Batas";
    public const string Rute = "/bench/batas/{id:guid}";

    public static IEndpointRouteBuilder MapJikaAktif(IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<IConfiguration>().GetValue<bool>(Setelan))
        {
            return app;
        }
        string sql, cs;
        bool postgres;
        using (var scope = app.ServiceProvider.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KinaraDbContext>();
            var et = db.Model.FindEntityType(typeof(Pegawai))!;
            var table = StoreObjectIdentifier.Table(et.GetTableName()!, et.GetSchema());
            string Kolom(string nama) => et.FindProperty(nama)!.GetColumnName(table)!;
            sql = $"SELECT \"{Kolom(nameof(Pegawai.Nama))}\" FROM \"{table.Name}\" WHERE \"{Kolom(nameof(Pegawai.Id))}\" = @id";
            cs = db.Database.GetConnectionString()!;
            postgres = db.IsPostgres;
        }
        DbDataSource sumber = postgres ? NpgsqlDataSource.Create(cs) : SqliteFactory.Instance.CreateDataSource(cs);
        app.MapGet(Rute, async (Guid id, HttpContext http) =>
        {
            await using var cmd = sumber.CreateCommand(sql);
            var p = cmd.CreateParameter();
            p.ParameterName = "id";
            // EF stores Guids as upper-case TEXT on SQLite.
            p.Value = postgres ? id : id.ToString().ToUpperInvariant();
            cmd.Parameters.Add(p);
            if (await cmd.ExecuteScalarAsync(http.RequestAborted) is not string nama)
            {
                return Results.NotFound();
            }
            return Results.Content($"<!doctype html><title>batas</title><p>{WebUtility.HtmlEncode(nama)}</p>", "text/html; charset=utf-8");
        }).AllowAnonymous();
        return app;
    }
}
