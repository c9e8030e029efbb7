namespace Community.Domain.Tests;

/// <summary>The repository's root, found from the test's directory upwards, for tests that read its documents.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootDirectory = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Community.Domain.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository (Community.Domain.sln) is not above " + AppContext.BaseDirectory);
    });

    /// <summary>Gets the path of a file or folder under the repository's root.</summary>
    public static string Of(params string[] parts) => Path.Combine([RootDirectory.Value, .. parts]);
}
