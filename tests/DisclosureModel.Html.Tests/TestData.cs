namespace DisclosureModel.Html.Tests;

/// <summary>Reads the pages under tests/TestData.</summary>
internal static class TestData
{
    public static string Read(string fileName) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", fileName));
}
