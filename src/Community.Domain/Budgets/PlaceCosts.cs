using System.Collections.Immutable;
using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Subsidies;
using NodaTime;

namespace Community.Domain.Budgets;

/// <summary>
/// What costing one place on one day resolves, kept for the next community of the same place (or of a
/// place the catalog resolves alike): each role's pay and floor, as the line needs them, and each fund's
/// version. Totals over a district or the country resolve each place once instead of once per
/// community; the figures are the same.
/// </summary>
internal sealed class PlaceCosts(JurisdictionCode jurisdiction, LocalDate asOf, SubsidyEvaluator subsidies, PolicyCatalog catalog, ImmutableArray<PolicyKind<FundingPolicy>> funds)
{
    private static readonly int Roles = Enum.GetValues<PayRole>().Length;

    private readonly (bool Known, bool Found, PayLine Line)[] _pay = new (bool, bool, PayLine)[Roles];
    private readonly (bool Known, bool Found, PayLine Line)[] _floor = new (bool, bool, PayLine)[Roles];
    private readonly (bool Known, PolicyVersion<FundingPolicy>? Version)[] _funds = new (bool, PolicyVersion<FundingPolicy>?)[funds.Length];

    /// <summary>A role's pay (or floor), resolved on first use.</summary>
    public bool Subsidy(PolicyKind<SubsidyPolicy> kind, PayRole role, out PayLine line)
    {
        var table = ReferenceEquals(kind, SubsidyKinds.Floor) ? _floor : _pay;
        ref var entry = ref table[(int)role];
        if (!entry.Known)
        {
            var found = subsidies.TryAmount(kind, jurisdiction, asOf, role, out var resolved);
            entry = (true, found, found ? PayLine.Of(resolved) : default);
        }

        line = entry.Line;
        return entry.Found;
    }

    /// <summary>A fund's version in force, resolved on first use.</summary>
    public PolicyVersion<FundingPolicy>? Fund(int index)
    {
        ref var entry = ref _funds[index];
        if (!entry.Known)
        {
            entry = (true, catalog.FindVersion(funds[index], jurisdiction, asOf));
        }

        return entry.Version;
    }
}
