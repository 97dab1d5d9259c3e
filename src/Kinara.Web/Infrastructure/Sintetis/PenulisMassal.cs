using System.Data.Common;
using System.Text.RegularExpressions;
using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Kinara.Web.Infrastructure.Sintetis;

/// <summary>
/// Writes generated entities straight into their tables, every column taken from the EF model (names, converters, store
/// types): binary COPY on PostgreSQL, one prepared INSERT per table on SQLite. Runs inside the caller's transaction on
/// the DbContext's connection. Rows bypass the change tracker and so the audit recorder: <see cref="SeedPerintah"/>
/// writes one audit entry per Instansi for them instead. Every Guid written goes through <paramref name="ids"/>, which
/// swaps the clock-based ids the domain gave the objects for deterministic ones.
/// </summary>
internal sealed partial class PenulisMassal(KinaraDbContext db, IReadOnlyDictionary<Guid, Guid> ids)
{
    private sealed record Kolom(IProperty Property, string Nama, string TipeSimpan, IClrPropertyGetter Getter, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter);

    public async Task<int> TulisAsync<T>(IReadOnlyCollection<T> rows, CancellationToken ct = default) where T : class
    {
        if (rows.Count == 0)
        {
            return 0;
        }
        var et = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(et.GetTableName()!, et.GetSchema());
        var kolom = new List<Kolom>();
        foreach (var p in et.GetProperties())
        {
            if (p.IsShadowProperty() || p.GetColumnName(table) is not { } nama)
            {
                throw new InvalidOperationException($"{typeof(T).Name}.{p.Name} cannot be bulk-written (shadow or not in table {table.Name}).");
            }
            kolom.Add(new Kolom(p, nama, TipeTanpaUkuran().Replace(p.GetColumnType(), ""), p.GetGetter(), p.GetTypeMapping().Converter));
        }
        var sasaran = (table.Schema is { } s ? $"\"{s}\"." : "") + $"\"{table.Name}\"";
        var daftarKolom = string.Join(", ", kolom.Select(k => $"\"{k.Nama}\""));
        if (db.IsPostgres)
        {
            await SalinPostgresAsync(rows, kolom, sasaran, daftarKolom, ct);
        }
        else
        {
            SisipSqlite(rows, kolom, sasaran, daftarKolom);
        }
        return rows.Count;
    }

    private async Task SalinPostgresAsync<T>(IReadOnlyCollection<T> rows, List<Kolom> kolom, string sasaran, string daftarKolom, CancellationToken ct) where T : class
    {
        var conn = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var writer = await conn.BeginBinaryImportAsync($"COPY {sasaran} ({daftarKolom}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            Periksa(row);
            // Synchronous writes: the importer buffers, and an await per value costs more than the whole value.
            writer.StartRow();
            foreach (var k in kolom)
            {
                if (Nilai(k, row) is { } nilai)
                {
                    writer.Write(nilai, k.TipeSimpan);
                }
                else
                {
                    writer.WriteNull();
                }
            }
        }
        await writer.CompleteAsync(ct);
    }

    private void SisipSqlite<T>(IReadOnlyCollection<T> rows, List<Kolom> kolom, string sasaran, string daftarKolom) where T : class
    {
        var conn = (SqliteConnection)db.Database.GetDbConnection();
        using var cmd = conn.CreateCommand();
        cmd.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts on SQLite run inside one transaction.");
        cmd.CommandText = $"INSERT INTO {sasaran} ({daftarKolom}) VALUES ({string.Join(", ", kolom.Select((_, i) => $"@p{i}"))})";
        // The parameters are made by EF's own type mappings, so values are stored exactly as EF stores them (Guid as TEXT, …).
        var parameter = new List<DbParameter>(kolom.Count);
        for (var i = 0; i < kolom.Count; i++)
        {
            var p = ((RelationalTypeMapping)kolom[i].Property.GetTypeMapping()).CreateParameter(cmd, $"@p{i}", null, kolom[i].Property.IsNullable);
            cmd.Parameters.Add(p);
            parameter.Add(p);
        }
        cmd.Prepare();
        foreach (var row in rows)
        {
            Periksa(row);
            for (var i = 0; i < kolom.Count; i++)
            {
                parameter[i].Value = Nilai(kolom[i], row) ?? DBNull.Value;
            }
            cmd.ExecuteNonQuery();
        }
    }

    private object? Nilai(Kolom k, object row)
    {
        var nilai = k.Getter.GetClrValueUsingContainingEntity(row);
        if (nilai is Guid g && ids.TryGetValue(g, out var baru))
        {
            nilai = baru;
        }
        return nilai is not null && k.Converter is { } c ? c.ConvertToProvider(nilai) : nilai;
    }

    /// <summary>Stored versions start at 1 (AuditRecorder does the same for rows saved through EF): a form posting 0 must never match.</summary>
    private static void Periksa(object row)
    {
        if (row is IVersioned { Versi: < 1 })
        {
            throw new InvalidOperationException($"{row.GetType().Name} generated with Versi 0; bulk rows must start at Versi 1.");
        }
    }

    [GeneratedRegex(@"\(.*\)")]
    private static partial Regex TipeTanpaUkuran();
}
