namespace DisclosureModel.Pdf.Tests;

/// <summary>Reads the files under tests/TestData/pdf.</summary>
internal static class TestData
{
    public static byte[] Read(string fileName) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "pdf", fileName));
}
