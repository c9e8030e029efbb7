namespace Community.Domain.Subsidies;

/// <summary>Writes a gap report's gaps as <c>[{"Person":{…},"Gap":{…}}]</c> and reads them back.</summary>
internal sealed class GapsJsonConverter() : PairListJsonConverter<PaidPerson, SubsidyGap>("Person", "Gap");
