using System.Text.Json.Serialization;
using Community.Domain.Explanations;

namespace Samples.VolunteerHours;

/// <summary>The module's own source-generated JSON metadata, which its module registers and the library combines with the others.</summary>
[JsonSerializable(typeof(VolunteerHoursAssessment))]
[JsonSerializable(typeof(Explained<VolunteerHoursAssessment>))]
internal sealed partial class VolunteerHoursJsonContext : JsonSerializerContext;
