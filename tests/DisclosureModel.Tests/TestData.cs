namespace DisclosureModel.Tests;

/// <summary>Reads the published reports copied under tests/TestData.</summary>
internal static class TestData
{
    public static string Path(string fileName) => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", fileName);

    public static string Read(string fileName) => File.ReadAllText(Path(fileName));

    public static string[] SeedLines() => Read("seed-yeji-2020.txt").Split('\n');
}
