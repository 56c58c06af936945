namespace Intima.StandIn.Protocol;

/// <summary>A served model and the digest reported for it.</summary>
internal sealed record CatalogEntry(StandInModel Model, string Digest);
