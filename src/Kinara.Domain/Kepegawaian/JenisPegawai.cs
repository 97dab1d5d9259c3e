namespace Kinara.Domain.Kepegawaian;

public enum JenisPegawai
{
    Pns = 1,
    Cpns = 2,
    Pppk = 3,
    PppkParuhWaktu = 4,
}
