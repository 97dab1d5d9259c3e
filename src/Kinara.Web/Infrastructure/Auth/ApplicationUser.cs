using Microsoft.AspNetCore.Identity;

namespace Kinara.Web.Infrastructure.Auth;

/// <summary>An account. The user name is the pegawai's NIP; every account belongs to one Instansi.</summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    public Guid InstansiId { get; set; }
    public Guid? PegawaiId { get; set; }
    public string NamaTampilan { get; set; } = "";
    public DateTime? TerakhirMasuk { get; set; }
    /// <summary>Set when an admin gives the account a password (new account, reset): its owner must choose their own first.</summary>
    public bool WajibGantiKataSandi { get; set; }
}

public sealed class ApplicationRole : IdentityRole<Guid>
{
    public ApplicationRole() { }
    public ApplicationRole(string name) : base(name) { }
}
