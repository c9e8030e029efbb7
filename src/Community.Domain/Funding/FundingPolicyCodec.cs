using System.Text.Json;
using Community.Domain.Communities;
using Community.Domain.Documents;
using Community.Domain.Policies;
using Community.Domain.Primitives;

namespace Community.Domain.Funding;

/// <summary>
/// A funding policy in a policy document: its <c>basis</c> (<c>PerCommunity</c>, <c>PerWorker</c>,
/// <c>PerHundredHouseholds</c>, <c>PerPartyBranch</c>) and either an <c>annual</c> amount (with its
/// <c>sourceText</c>), an <c>annualMinimum</c> and <c>annualMaximum</c> (a community's range), or
/// <c>annualBands</c> (a band table of residents whose values are yuan); optionally a
/// <c>costShare</c> (<c>[{"payer":{"id":"city","chineseName":"市","englishName":"City"},"parts":6}]</c>)
/// and the community kinds it is <c>excluding</c>.
/// </summary>
internal sealed class FundingPolicyCodec(PolicyKind<FundingPolicy> kind) : PolicyCodec<FundingPolicy>(kind)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "A fund a community receives each year: an amount per unit of its basis, or for a fund per community a range or a band table of residents.",
        DocumentMember.Required("basis", DocumentSchema.Name<FundingBasis>("What the amount is counted per: PerCommunity, PerWorker, PerHundredHouseholds or PerPartyBranch.")),
        DocumentMember.Optional("annual", DocumentSchema.Number("The amount a year per unit of the basis, in yuan; required for every basis but PerCommunity.")),
        DocumentMember.Optional("annualMinimum", DocumentSchema.Number("For a fund per community without a fixed amount or bands: the least amount a year, in yuan.")),
        DocumentMember.Optional("annualMaximum", DocumentSchema.Number("For a fund per community without a fixed amount or bands: the most a year, in yuan.")),
        DocumentMember.Optional("annualBands", DocumentSchema.BandTable("For a fund per community: a band table of residents whose values are the amount a year, in yuan.", DocumentSchema.Number("The amount a year for the band, in yuan."))),
        DocumentMember.Optional("annualFloor", DocumentSchema.Number("For a fund counted per worker, per 100 households or per party branch: the least a community receives a year, in yuan.")),
        DocumentMember.Optional("annualCap", DocumentSchema.Number("For a fund counted per worker, per 100 households or per party branch: the most a community receives a year, in yuan.")),
        DocumentMember.Optional("sourceText", DocumentSchema.Text("The words of the source that state the amount.")),
        DocumentMember.Optional("costShare", DocumentSchema.CostShare("Who pays which part of the fund; the fund's payer is not split if left out.")),
        DocumentMember.Optional("excluding", DocumentSchema.Array("The kinds of community the fund does not go to.", DocumentSchema.Name<Communities.CommunityKind>("A kind of community."))));

    /// <inheritdoc />
    protected override FundingPolicy ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("basis", "annual", "annualMinimum", "annualMaximum", "annualBands", "annualFloor", "annualCap", "sourceText", "costShare", "excluding");
        var basis = policy.Required("basis").Name<FundingBasis>();
        var text = policy.OptionalText("sourceText");
        if (basis == FundingBasis.PerCommunity)
        {
            policy.NotApplying("a fund counted per community (it has one amount, a range or bands, and no floor or cap)", "annualFloor", "annualCap");
        }

        FundingPolicy read;
        if (policy.Optional("annual") is { } annual)
        {
            policy.NotApplying($"a fund with \"annual\" ({basis})", "annualMinimum", "annualMaximum", "annualBands");
            read = annual.Made(node => basis switch
            {
                FundingBasis.PerWorker => FundingPolicy.PerWorker(node.Yuan(), text),
                FundingBasis.PerHundredHouseholds => FundingPolicy.PerHundredHouseholds(node.Yuan(), text),
                FundingBasis.PerPartyBranch => FundingPolicy.PerPartyBranch(node.Yuan(), text),
                _ => FundingPolicy.Fixed(node.Yuan(), text),
            });
        }
        else if (basis != FundingBasis.PerCommunity)
        {
            throw new DocumentNodeException(policy.Path, DocumentProblemKind.Missing, $"gives no \"annual\" amount; a fund {basis} has one amount per unit.");
        }
        else if (policy.Optional("annualBands") is { } bands)
        {
            policy.NotApplying("a fund with \"annualBands\" (the band table gives each band's amount and source text)", "annualMinimum", "annualMaximum", "sourceText");
            read = bands.Made(table => FundingPolicy.ByPopulation(DocumentBands.Read(table, node => Population.Of(node.Int32()), node => node.Yuan())), "annualAmounts");
        }
        else
        {
            read = FundingPolicy.Between(policy.Required("annualMinimum").Yuan(), policy.Required("annualMaximum").Yuan(), text);
        }

        var floor = policy.Optional("annualFloor") is { } floorNode ? floorNode.Made(node => read.WithFloor(node.Yuan())).AnnualFloor : null;
        var cap = policy.Optional("annualCap") is { } capNode ? capNode.Made(node => read.WithCap(node.Yuan())).AnnualCap : null;
        if (floor > cap)
        {
            // The two members conflict; neither alone is at fault, so the problem is the policy's.
            throw new DocumentNodeException(policy.Path, DocumentProblemKind.InvalidValue, $"gives an \"annualFloor\" of {floor} above its \"annualCap\" of {cap}; expected a floor no greater than the cap.");
        }

        read = floor is { } least ? read.WithFloor(least) : read;
        read = cap is { } most ? read.WithCap(most) : read;

        if (policy.Optional("costShare") is { } share)
        {
            read = read.WithCostShare(share.CostShare());
        }

        return policy.Optional("excluding") is { } excluded
            ? read.Excluding([.. excluded.Items().Select(item => item.Name<CommunityKind>())])
            : read;
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, FundingPolicy policy)
    {
        writer.WriteString("basis", policy.Basis.ToString());
        var bands = policy.AnnualAmounts.Bands;
        if (bands.Length == 1 && bands[0].Lower is null && bands[0].Upper is null)
        {
            if (policy.AnnualMaximum is { } maximum)
            {
                writer.WriteNumber("annualMinimum", bands[0].Value.Yuan);
                writer.WriteNumber("annualMaximum", maximum.Yuan);
            }
            else
            {
                writer.WriteNumber("annual", bands[0].Value.Yuan);
            }

            if (bands[0].SourceText is { } text)
            {
                writer.WriteString("sourceText", text);
            }

            if (policy.AnnualFloor is { } floor)
            {
                writer.WriteNumber("annualFloor", floor.Yuan);
            }

            if (policy.AnnualCap is { } cap)
            {
                writer.WriteNumber("annualCap", cap.Yuan);
            }
        }
        else
        {
            writer.WritePropertyName("annualBands");
            DocumentBands.Write(writer, policy.AnnualAmounts, (w, population) => w.WriteNumberValue(population.Residents), (w, amount) => w.WriteNumberValue(amount.Yuan));
        }

        if (policy.CostShare is { } share)
        {
            DocumentNode.WriteCostShare(writer, "costShare", share);
        }

        if (!policy.ExcludedKinds.IsEmpty)
        {
            writer.WriteStartArray("excluding");
            foreach (var excluded in policy.ExcludedKinds)
            {
                writer.WriteStringValue(excluded.ToString());
            }

            writer.WriteEndArray();
        }
    }
}
