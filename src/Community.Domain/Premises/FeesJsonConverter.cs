using Community.Domain.Primitives;

namespace Community.Domain.Premises;

/// <summary>Writes a building cost's fees as <c>[{"Fee":{…},"Amount":1234.00,"IsWaived":true}]</c> and reads them back.</summary>
internal sealed class FeesJsonConverter() : TripleListJsonConverter<BuildingFee, Money, bool>("Fee", "Amount", "IsWaived");
