using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DisclosureModel.Json;
using DisclosureModel.Tests.Reliability;

namespace DisclosureModel.Tests.Json;

/// <summary>
/// <see cref="DisclosureJson.Deserialize(ReadOnlySpan{byte})"/> reads with its own one-pass reader; the published contract
/// is the source-generated one behind <see cref="DisclosureJson.ReportTypeInfo"/>. These tests hold the two to the same
/// shape: for every structural change of a document (each member removed, nulled, given another type, renamed,
/// duplicated or moved, each object given an extra member or its members reversed) and for random byte mutations, both
/// read the same report or both reject; the one-pass reader's rejection names a path and a position.
/// </summary>
public class ContractAgreementTests
{
    private static readonly JsonNode?[] OtherValues = ["x", "", 7, -1, 1.5, 2147483648L, true, null, new JsonObject(), new JsonArray()];

    public static TheoryData<string> Documents => ["Yeji2020", "Pingtan2022", "Varied2019", "Varied2021", "WithUnreadCells"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_structural_change_is_read_or_rejected_by_both_readers_alike(string name)
    {
        var tree = JsonDocuments.Tree(Document(name));
        var mutants = Mutants(tree).ToList();
        var disagreements = mutants
            .Select(mutant => (mutant.Description, Problem: Disagreement(Encoding.UTF8.GetBytes(mutant.Json))))
            .Where(result => result.Problem is not null)
            .Select(result => $"{result.Description}: {result.Problem}")
            .ToList();

        Assert.True(mutants.Count > 1500, $"{mutants.Count} mutants");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements.Take(20)));
    }

    [Fact]
    public void Random_byte_mutations_are_read_or_rejected_by_both_readers_alike()
    {
        byte[][] originals = [.. Samples.All.Select(r => DisclosureJson.SerializeToUtf8Bytes(r, indented: true))];
        ByteMutations.RunAll(ByteMutations.Mutants(originals, seed: 11, count: 1500), input =>
        {
            if (Disagreement(input) is { } problem)
            {
                Assert.Fail(problem);
            }
        });
    }

    [Fact]
    public void The_edition_may_stand_anywhere_in_its_object()
    {
        foreach (var report in new[] { Samples.Yeji2020, Samples.Pingtan2022 })
        {
            var tree = JsonDocuments.Tree(report);
            MoveToEnd(tree["proactiveDisclosure"]!.AsObject(), "edition");
            MoveToEnd(tree["applications"]!["outcomes"]!.AsObject(), "edition");
            Assert.Equal(report, DisclosureJson.Deserialize(tree.ToJsonString()));
        }

        static void MoveToEnd(JsonObject node, string member)
        {
            var value = node[member];
            node.Remove(member);
            node[member] = value;
        }
    }

    /// <summary>Null when both readers agree; otherwise what differs.</summary>
    private static string? Disagreement(byte[] utf8Json)
    {
        DisclosureReport? fast = null, contract = null;
        Exception? fastError = null, contractError = null;
        try
        {
            fast = DisclosureJson.Deserialize(utf8Json);
        }
        catch (Exception exception)
        {
            fastError = exception;
        }

        try
        {
            contract = JsonSerializer.Deserialize(utf8Json, DisclosureJson.ReportTypeInfo);
        }
        catch (Exception exception)
        {
            contractError = exception;
        }

        if (fastError is not null and not DisclosureJsonException)
        {
            return $"the reader threw {fastError.GetType().Name}: {fastError.Message}";
        }

        if (fastError is DisclosureJsonException { Path: null } or DisclosureJsonException { LineNumber: null })
        {
            return $"the reader's error is not located: {fastError.Message}";
        }

        return (fast, contract, fastError, contractError) switch
        {
            (not null, not null, _, _) => fast == contract ? null : "the readers read different reports",
            (null, null, not null, not null) => null,
            (not null, null, _, _) => $"the reader accepts what the contract rejects ({contractError?.Message ?? "null report"})",
            _ => $"the reader rejects what the contract accepts ({fastError?.Message})",
        };
    }

    private static DisclosureReport Document(string name) => name switch
    {
        "Yeji2020" => Samples.Yeji2020,
        "Pingtan2022" => Samples.Pingtan2022,
        "Varied2019" => JsonTestReports.Varied2019,
        "WithUnreadCells" => Import.UnreadCellTests.Pingtan2022WithoutPartiallyDisclosed().Report!, // unreadCells, an optional member
        _ => JsonTestReports.Varied2021,
    };

    /// <summary>Every structural change of one member or object of the document, described.</summary>
    private static IEnumerable<(string Description, string Json)> Mutants(JsonObject root)
    {
        foreach (var (path, node) in Objects(root, "$"))
        {
            var members = node.Select(member => member.Key).ToList();
            foreach (var member in members)
            {
                var at = $"{path}.{member}";
                yield return ($"{at} removed", Edit(root, node, o => o.Remove(member)));
                foreach (var value in OtherValues)
                {
                    yield return ($"{at} = {value?.ToJsonString() ?? "null"}", Edit(root, node, o => o[member] = value?.DeepClone()));
                }

                yield return ($"{at} renamed", Edit(root, node, o => Rename(o, member, member + "X")));
                yield return ($"{at} in upper case", Edit(root, node, o => Rename(o, member, member.ToUpperInvariant())));
                yield return ($"{at} duplicated", Duplicate(root, node, member));
            }

            yield return ($"{path} with an extra member", Edit(root, node, o => o["extra"] = 1));
            yield return ($"{path} in reverse order", Edit(root, node, Reverse));
        }

        foreach (var (path, array) in Arrays(root, "$"))
        {
            yield return ($"{path} with a null element", Edit(root, array, a => a.Add((JsonNode?)null)));
            yield return ($"{path} with a string element", Edit(root, array, a => a.Add(JsonValue.Create("x"))));
            yield return ($"{path} emptied", Edit(root, array, a => a.Clear()));
        }
    }

    private static IEnumerable<(string Path, JsonObject Node)> Objects(JsonNode node, string path)
    {
        if (node is JsonObject obj)
        {
            yield return (path, obj);
            foreach (var (key, value) in obj)
            {
                if (value is not null)
                {
                    foreach (var inner in Objects(value, $"{path}.{key}"))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is { } element)
                {
                    foreach (var inner in Objects(element, $"{path}[{i}]"))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }

    private static IEnumerable<(string Path, JsonArray Node)> Arrays(JsonObject root, string path) =>
        Objects(root, path).SelectMany(o => o.Node.Where(m => m.Value is JsonArray).Select(m => ($"{o.Path}.{m.Key}", m.Value!.AsArray())));

    /// <summary>Applies a change to one node of the document and writes the document; the document is left as it was.</summary>
    private static string Edit<T>(JsonObject root, T node, Action<T> change)
        where T : JsonNode
    {
        var original = node.DeepClone();
        change(node);
        var json = root.ToJsonString();
        Restore(node, original);
        return json;
    }

    private static void Restore(JsonNode node, JsonNode original)
    {
        if (node is JsonObject obj)
        {
            obj.Clear();
            foreach (var (key, value) in original.AsObject().ToList())
            {
                obj[key] = value?.DeepClone();
            }
        }
        else
        {
            var array = node.AsArray();
            array.Clear();
            foreach (var element in original.AsArray())
            {
                array.Add(element?.DeepClone());
            }
        }
    }

    private static void Rename(JsonObject node, string from, string to)
    {
        var entries = node.Select(m => (Key: m.Key == from ? to : m.Key, Value: m.Value?.DeepClone())).ToList();
        node.Clear();
        foreach (var (key, value) in entries)
        {
            node[key] = value;
        }
    }

    private static void Reverse(JsonObject node)
    {
        var entries = node.Select(m => (m.Key, Value: m.Value?.DeepClone())).Reverse().ToList();
        node.Clear();
        foreach (var (key, value) in entries)
        {
            node[key] = value;
        }
    }

    /// <summary>Writes the document with one member written twice (a JSON object model cannot hold a duplicate).</summary>
    private static string Duplicate(JsonObject root, JsonObject node, string member)
    {
        const string Marker = "__duplicate_marker__";
        var value = node[member]?.ToJsonString() ?? "null";
        var json = Edit(root, node, o => o[Marker] = 0);
        return json.Replace($"\"{Marker}\":0", $"\"{member}\":{value}", StringComparison.Ordinal);
    }
}
