using System.Text.Json;
using Community.Domain.Documents;
using Community.Domain.Primitives;

namespace Community.Domain.Premises;

/// <summary>
/// A developer's reservation in a policy document: <c>shareOfFloorArea</c>, a band table of the
/// development's floor area in square metres whose values are percentages, and/or
/// <c>perHundredHouseholds</c> square metres.
/// </summary>
internal sealed class ReservationPolicyCodec() : PolicyCodec<ReservationPolicy>(PremisesKinds.DeveloperReservation)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "The community premises a developer must reserve: a share of the development's floor area, so many square metres per hundred households, or both (the larger applies).",
        DocumentMember.Optional("shareOfFloorArea", DocumentSchema.BandTable("A band table of the development's floor area, in square metres, whose values are the share reserved.", DocumentSchema.Number("The share of the floor area reserved, in percent."))),
        DocumentMember.Optional("perHundredHouseholds", DocumentSchema.Number("The square metres reserved per hundred households.")))
        .WithMemberCount(1, null);

    /// <inheritdoc />
    protected override ReservationPolicy ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("shareOfFloorArea", "perHundredHouseholds");
        var share = policy.Optional("shareOfFloorArea") is { } bands
            ? DocumentBands.Read(bands, node => node.Made(n => Area.FromSquareMetres(n.Number())), node => node.Made(n => Rate.FromPercent(n.Number())))
            : null;
        var perHundred = policy.Optional("perHundredHouseholds") is { } households ? households.Made(n => Area.FromSquareMetres(n.Number())) : (Area?)null;
        return policy.Made(_ => (share, perHundred) switch
        {
            ({ } byShare, { } byHouseholds) => ReservationPolicy.ByBoth(byShare, byHouseholds),
            ({ } byShare, null) => ReservationPolicy.ByShare(byShare),
            (null, { } byHouseholds) => ReservationPolicy.ByHouseholds(byHouseholds),
            _ => throw new DocumentNodeException(policy.Path, DocumentProblemKind.Missing, "gives neither \"shareOfFloorArea\" nor \"perHundredHouseholds\"; expected at least one."),
        });
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, ReservationPolicy policy)
    {
        if (policy.ShareOfFloorArea is { } share)
        {
            writer.WritePropertyName("shareOfFloorArea");
            DocumentBands.Write(writer, share, (w, area) => w.WriteNumberValue(area.SquareMetres), (w, rate) => w.WriteNumberValue(rate.Percent));
        }

        if (policy.PerHundredHouseholds is { } perHundred)
        {
            writer.WriteNumber("perHundredHouseholds", perHundred.SquareMetres);
        }
    }
}
