using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Samples.VolunteerHours;

/// <summary>A number of whole hours of volunteer service, from zero to <see cref="MaxHours"/>.</summary>
/// <remarks>The default value is zero hours. Written in JSON as a plain number.</remarks>
[JsonConverter(typeof(ServiceHoursJsonConverter))]
public readonly record struct ServiceHours : IComparable<ServiceHours>
{
    /// <summary>The most hours a value may hold: a lifetime of service, a hundred years of every hour.</summary>
    public const int MaxHours = 876_000;

    private ServiceHours(int hours) => Hours = hours;

    /// <summary>Gets the hours.</summary>
    public int Hours { get; }

    /// <summary>Makes a number of hours.</summary>
    /// <param name="hours">The hours, from 0 to <see cref="MaxHours"/>.</param>
    /// <returns>The hours.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is negative or above <see cref="MaxHours"/>.</exception>
    public static ServiceHours Of(int hours) =>
        hours is >= 0 and <= MaxHours
            ? new(hours)
            : throw new ArgumentOutOfRangeException(nameof(hours), hours, string.Create(CultureInfo.InvariantCulture, $"hours is {hours}; expected 0 to {MaxHours} hours."));

    /// <summary>Compares two numbers of hours.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether the first is fewer.</returns>
    public static bool operator <(ServiceHours left, ServiceHours right) => left.Hours < right.Hours;

    /// <summary>Compares two numbers of hours.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether the first is more.</returns>
    public static bool operator >(ServiceHours left, ServiceHours right) => left.Hours > right.Hours;

    /// <summary>Compares two numbers of hours.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether the first is fewer or as many.</returns>
    public static bool operator <=(ServiceHours left, ServiceHours right) => left.Hours <= right.Hours;

    /// <summary>Compares two numbers of hours.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether the first is more or as many.</returns>
    public static bool operator >=(ServiceHours left, ServiceHours right) => left.Hours >= right.Hours;

    /// <inheritdoc />
    public int CompareTo(ServiceHours other) => Hours.CompareTo(other.Hours);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Hours} h");
}

/// <summary>Writes <see cref="ServiceHours"/> as a number, and reads it through <see cref="ServiceHours.Of"/>.</summary>
internal sealed class ServiceHoursJsonConverter : JsonConverter<ServiceHours>
{
    public override ServiceHours Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var hours))
        {
            throw new JsonException("Expected a whole number of hours.");
        }

        return ServiceHours.Of(hours);
    }

    public override void Write(Utf8JsonWriter writer, ServiceHours value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Hours);
}
