namespace Kinara.Domain.Organisasi;

/// <summary>A row that belongs to one Instansi (tenant).</summary>
public interface ITenantOwned
{
    Guid InstansiId { get; set; }
}

/// <summary>An editable aggregate with an optimistic-concurrency version.</summary>
public interface IVersioned
{
    int Versi { get; set; }
}
