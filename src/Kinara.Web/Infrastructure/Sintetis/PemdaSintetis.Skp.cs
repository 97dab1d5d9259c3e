using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Infrastructure.Demo;

namespace Kinara.Web.Infrastructure.Sintetis;

/// <summary>Goals and this year's SKP of a generated Pemda, cascaded top-down with the domain methods the pages use.</summary>
internal sealed partial class PemdaSintetis
{
    private readonly Dictionary<Guid, SasaranOrganisasi> _pk = [];
    private SasaranOrganisasi _rpjmd = null!;

    private void BangunSasaran()
    {
        var tujuan = SasaranOrganisasi.Buat(instansiId, tahun, null, TingkatSasaran.TujuanRpjmd, "Meningkatnya kualitas pelayanan publik dan sumber daya manusia", null);
        _rpjmd = SasaranOrganisasi.Buat(instansiId, tahun, null, TingkatSasaran.SasaranRpjmd, "Meningkatnya kinerja perangkat daerah", tujuan);
        _rpjmd.TambahIku("Indeks Kepuasan Masyarakat", 85, "nilai");
        _rpjmd.TambahIku("Indeks Reformasi Birokrasi", 70, "nilai");
        Sasaran.AddRange([tujuan, _rpjmd]);
        foreach (var pd in Unit.Where(u => u.IndukId is null && u.Kode != "SETDA"))
        {
            var renstra = SasaranOrganisasi.Buat(instansiId, tahun, pd.Id, TingkatSasaran.SasaranRenstra, $"Meningkatnya kinerja layanan {pd.Nama}", _rpjmd);
            var pk = SasaranOrganisasi.Buat(instansiId, tahun, pd.Id, TingkatSasaran.SasaranPk, $"Tercapainya target layanan {pd.Nama} tahun {tahun}", renstra);
            pk.TambahIku("Persentase capaian standar pelayanan", 95, "%");
            pk.TambahIku("Indeks kepuasan penerima layanan", 85, "nilai");
            Sasaran.AddRange([renstra, pk]);
            _pk[pd.Id] = pk;
        }
        foreach (var x in Sasaran)
        {
            x.Versi = 1;
        }
    }

    /// <summary>
    /// In creation order, so every atasan's SKP exists before their bawahan's: JPT carry the goals of their perangkat daerah
    /// (the Sekda and asisten those of the RPJMD); everyone else picks 2–3 library RHK fitting their post, each intervening
    /// an RHK utama of their pejabat penilai. About one in ten has no SKP yet, and more when the atasan has none.
    /// </summary>
    private void BangunSkp()
    {
        var byId = Pegawai.ToDictionary(p => p.Id);
        var cocok = new Dictionary<string, List<TemplateRhk>>();
        foreach (var p in Pegawai)
        {
            var j = _jabatan[p.JabatanId!.Value];
            var atasan = Penilai[p.Id] is { } a ? byId[a] : null;
            var atasanSkp = atasan is not null ? SkpBerlaku.GetValueOrDefault(atasan.Id) : null;
            var r = rng.NextDouble();
            if (j.Jenis != JenisJabatan.Jpt && (r < 0.08 || atasanSkp is null && r < 0.5))
            {
                continue; // no SKP yet
            }
            var unit = _unit[p.UnitId!.Value];
            var posisi = new PosisiSkp(j.Id, j.Nama, j.Jenis, unit.Id, unit.Nama, atasan?.Id, atasan?.NamaLengkap, atasan?.Nip);
            var skp = Domain.Perencanaan.Skp.Buat(instansiId, p.Id, new DateOnly(tahun, 1, 1), new DateOnly(tahun, 12, 31), Pendekatan.Kuantitatif, posisi, sekarang);
            skp.Versi = 1;
            if (j.Jenis == JenisJabatan.Jpt)
            {
                var sasaran = _pk.GetValueOrDefault(PerangkatDari[unit.Id]) ?? _rpjmd;
                foreach (var iku in sasaran.Iku)
                {
                    var rhk = skp.TambahRhk(JenisRhk.Utama, iku.Teks.Replace("Persentase capaian", "Meningkatnya capaian").Replace("Indeks", "Meningkatnya indeks"),
                        penugasanDari: "Bupati", sasaranOrganisasiId: sasaran.Id);
                    skp.TambahIndikator(rhk.Id, null, "Penerima Layanan", iku.Teks, iku.Target, null, null, iku.Satuan);
                }
            }
            else
            {
                if (!cocok.TryGetValue(j.Nama, out var templates))
                {
                    templates = Pustaka
                        .Where(t => t.Jenis == JenisRhk.Utama && DemoPerencanaan.KelompokSintetis.Contains(t.Kelompok) && t.CocokUntuk(j.Nama))
                        .Take(3).ToList();
                    if (templates.Count == 0)
                    {
                        templates = Pustaka.Where(t => t.Jenis == JenisRhk.Utama && t.Kelompok == DemoPerencanaan.KelompokAnalis).Take(2).ToList();
                    }
                    cocok[j.Nama] = templates;
                }
                var rhkAtasan = atasanSkp?.Rhk.Where(x => x.Jenis == JenisRhk.Utama).ToList() ?? [];
                var jumlah = Math.Min(templates.Count, 2 + rng.Next(2));
                for (var i = 0; i < jumlah; i++)
                {
                    var t = templates[i];
                    var rhk = skp.TambahRhk(JenisRhk.Utama, t.Teks, rhkAtasan.Count == 0 ? null : rhkAtasan[(i + p.Nip[^1]) % rhkAtasan.Count].Id,
                        JenisCascading.TidakLangsung);
                    foreach (var ind in t.Indikator.Take(3))
                    {
                        skp.TambahIndikator(rhk.Id, ind.Aspek, null, ind.Teks, ind.Target, null, ind.TargetTeks, ind.Satuan);
                    }
                }
            }
            SkpBerlaku[p.Id] = Jalankan(skp, posisi, atasanSkp is not null || j.Jenis == JenisJabatan.Jpt);
        }
    }

    /// <summary>
    /// Month-end in the planning season: heads of units approved, staff spread over draft (~20%), submitted (~14%),
    /// returned (~3%) and approved; one in fifty approved SKP has gone through an approved revision. Returns the SKP in force.
    /// </summary>
    private Skp Jalankan(Skp skp, PosisiSkp posisi, bool bisaDiajukan)
    {
        Skp.Add(skp);
        var r = rng.NextDouble();
        var struktural = posisi.JenisJabatan is JenisJabatan.Jpt or JenisJabatan.Administrator or JenisJabatan.Pengawas;
        if (!bisaDiajukan || posisi.PejabatPenilaiId is not { } penilai || (!struktural && r < 0.20))
        {
            return skp; // draft
        }
        skp.Ajukan(posisi, false, sekarang);
        if (!struktural && r < 0.34)
        {
            return skp; // submitted
        }
        if (!struktural && r < 0.37)
        {
            skp.Kembalikan(penilai, "Sesuaikan target dengan beban kerja.");
            return skp;
        }
        skp.Setujui(penilai, sekarang);
        if (rng.NextDouble() >= 0.02)
        {
            return skp;
        }
        var revisi = skp.BuatRevisi(sekarang);
        revisi.Versi = 1;
        revisi.Ajukan(posisi, false, sekarang);
        revisi.Setujui(penilai, sekarang);
        skp.Gantikan();
        Skp.Add(revisi);
        return revisi;
    }
}
