using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DisclosureModel.Json;

namespace DisclosureModel.Tests.Json;

/// <summary>Builds JSON documents for the tests: a sample's JSON changed in one place, and where a marker sits in it.</summary>
internal static class JsonDocuments
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = DisclosureJson.Options.Encoder };

    /// <summary>Gets a sample as a mutable JSON tree.</summary>
    public static JsonObject Tree(DisclosureReport report) => JsonNode.Parse(DisclosureJson.Serialize(report))!.AsObject();

    /// <summary>Gets the 2021 sample's JSON, indented, after a change.</summary>
    public static string Changed(Action<JsonObject> change, DisclosureReport? report = null)
    {
        var tree = Tree(report ?? Samples.Pingtan2022);
        change(tree);
        return tree.ToJsonString(Indented);
    }

    /// <summary>Gets the zero-based line and byte position in that line of the first occurrence of a unique marker.</summary>
    public static (long Line, long BytePosition) Locate(string json, string marker, bool afterMarker = false)
    {
        var index = json.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, $"marker {marker} not found");
        Assert.Equal(-1, json.IndexOf(marker, index + 1, StringComparison.Ordinal));
        var lineStart = json.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1;
        var line = json.AsSpan(0, index).Count('\n');
        var position = Encoding.UTF8.GetByteCount(json.AsSpan(lineStart, index - lineStart));
        return (line, position + (afterMarker ? Encoding.UTF8.GetByteCount(marker) : 0));
    }
}
