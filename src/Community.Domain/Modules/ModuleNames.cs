namespace Community.Domain.Modules;

/// <summary>The one reading of a module's, kind's or evaluation's name: lower-case letters, digits, dots and hyphens, starting with a letter.</summary>
internal static class ModuleNames
{
    /// <summary>Checks a module's name: lower-case letters, digits and hyphens, starting with a letter.</summary>
    public static string Check(string name, string argument = "name") =>
        IsName(name, dots: false)
            ? name
            : throw new ArgumentException($"{argument} is \"{name}\"; expected lower-case letters, digits and hyphens, starting with a letter, such as \"volunteer-hours\".", argument);

    /// <summary>Checks an evaluation's name: lower-case letters, digits, dots and hyphens, starting with a letter.</summary>
    public static string CheckEvaluation(string name, string argument) =>
        IsName(name, dots: true)
            ? name
            : throw new ArgumentException($"{argument} is \"{name}\"; expected lower-case letters, digits, dots and hyphens, starting with a letter, such as \"volunteers.hours\".", argument);

    private static bool IsName(string name, bool dots)
    {
        if (name.Length == 0 || !char.IsAsciiLetterLower(name[0]) || name[^1] is '-' or '.')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-' || (dots && c == '.')))
            {
                return false;
            }
        }

        return true;
    }
}
