using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using DisclosureModel.Utility;

namespace DisclosureModel.Validation;

/// <summary>
/// The JSON form of a <see cref="FindingBaseline"/>: a one-pass strict reader and a deterministic writer over
/// <see cref="Utf8JsonReader"/> and <see cref="Utf8JsonWriter"/>, with the catalogue of its error messages.
/// </summary>
internal static class FindingBaselineJson
{
    /// <summary>The version this library writes and reads.</summary>
    internal const int Version = 1;

    /// <summary>The largest document read: 64 MiB (an entry takes about 300 bytes).</summary>
    internal const int MaxDocumentBytes = 64 * 1024 * 1024;

    private const string BaselineKind = "a finding baseline";
    private const string EntryKind = "a baseline entry";
    private static readonly string[] BaselineMembers = ["version", "entries"];
    private static readonly string[] EntryMembers = ["agency", "year", "fingerprint", "code", "path", "message"];

    /// <summary>A token of the wrong kind.</summary>
    internal static ErrorMessageTemplate UnexpectedToken { get; } = new("baseline.unexpectedToken", "Expected {expected}; got {token}.");

    /// <summary>A member that is not part of the object (a foreign document, such as a report, fails here).</summary>
    internal static ErrorMessageTemplate UnknownMember { get; } = new("baseline.unknownMember", "The member '{name}' is not part of {kind}; its members are {members}. Is this a finding baseline written by 'disclosure validate --write-baseline'?");

    /// <summary>A member given twice in one object.</summary>
    internal static ErrorMessageTemplate DuplicateMember { get; } = new("baseline.duplicateMember", "Duplicate member '{name}' in {kind}.");

    /// <summary>Members missing from an object.</summary>
    internal static ErrorMessageTemplate MissingMembers { get; } = new("baseline.missingMembers", "The object ({kind}) is missing its required member(s) {names}.");

    /// <summary>A version other than <see cref="Version"/>.</summary>
    internal static ErrorMessageTemplate UnsupportedVersion { get; } = new("baseline.unsupportedVersion", "Unsupported finding baseline version {version}; this library reads version {supported}.");

    /// <summary>A fingerprint that is not 16 lowercase hexadecimal digits.</summary>
    internal static ErrorMessageTemplate MalformedFingerprint { get; } = new("baseline.malformedFingerprint", "'{value}' is not a finding fingerprint; expected 16 lowercase hexadecimal digits.");

    /// <summary>A year outside the report years.</summary>
    internal static ErrorMessageTemplate YearOutOfRange { get; } = new("baseline.yearOutOfRange", "{value} is not a report year; expected {minimum} to {maximum}.");

    /// <summary>A blank agency or code.</summary>
    internal static ErrorMessageTemplate Blank { get; } = new("baseline.blank", "The member '{member}' must not be blank.");

    /// <summary>A document over <see cref="MaxDocumentBytes"/>.</summary>
    internal static ErrorMessageTemplate DocumentTooLarge { get; } = new("baseline.documentTooLarge", "The finding baseline is larger than {limit} bytes.");

    /// <summary>Invalid JSON, as the reader reports it.</summary>
    internal static ErrorMessageTemplate InvalidJson { get; } = new("baseline.invalidJson", "The finding baseline is not valid JSON: {detail}");

    /// <summary>Gets the exception for a document over <see cref="MaxDocumentBytes"/>.</summary>
    internal static FindingBaselineException TooLarge() =>
        new(DocumentTooLarge.Format(("limit", MaxDocumentBytes.ToString(CultureInfo.InvariantCulture))), "$", null, null, null);

    /// <summary>Writes the entries as the JSON form, indented, with a final line feed.</summary>
    internal static byte[] Write(ValueList<BaselineEntry> entries)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + (entries.Count * 320));
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", Version);
            writer.WriteStartArray("entries");
            foreach (var entry in entries)
            {
                writer.WriteStartObject();
                WriteEntryMembers(writer, entry);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads the entries of the JSON form, checking its shape and version.</summary>
    /// <exception cref="FindingBaselineException">The document is not a finding baseline of version 1.</exception>
    internal static List<BaselineEntry> Read(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Length > MaxDocumentBytes)
        {
            throw TooLarge();
        }

        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 8 });
        var path = "$";
        try
        {
            Next(ref reader, path);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error(ref reader, path, UnexpectedToken.Format(("expected", "a finding baseline object {\"version\": 1, \"entries\": […]}"), ("token", Describe(ref reader))));
            }

            int? version = null;
            List<BaselineEntry>? entries = null;
            while (true)
            {
                Next(ref reader, path);
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    break;
                }

                var name = reader.GetString()!;
                var memberPath = "$." + name;
                switch (name)
                {
                    case "version" when version is not null:
                    case "entries" when entries is not null:
                        throw Error(ref reader, memberPath, DuplicateMember.Format(("name", name), ("kind", BaselineKind)));
                    case "version":
                        Next(ref reader, memberPath);
                        var value = ReadInt(ref reader, memberPath, "the version number 1");
                        if (value != Version)
                        {
                            throw Error(ref reader, memberPath, UnsupportedVersion.Format(("version", value), ("supported", Version)));
                        }

                        version = value;
                        break;
                    case "entries":
                        if (version is null)
                        {
                            // Checked before the entries, so that a later version's entries are never read as this one's.
                            throw Error(ref reader, memberPath, MissingMembers.Format(("kind", BaselineKind), ("names", "'version' (before 'entries')")));
                        }

                        Next(ref reader, memberPath);
                        entries = ReadEntries(ref reader, memberPath);
                        break;
                    default:
                        throw Error(ref reader, memberPath, UnknownMember.Format(("name", name), ("kind", BaselineKind), ("members", Quote(BaselineMembers))));
                }
            }

            if (version is null || entries is null)
            {
                throw Error(ref reader, path, MissingMembers.Format(("kind", BaselineKind), ("names", Quote(BaselineMembers.Where(m => m == "version" ? version is null : entries is null)))));
            }

            if (reader.Read())
            {
                throw Error(ref reader, path, UnexpectedToken.Format(("expected", "the end of the document"), ("token", Describe(ref reader))));
            }

            return entries;
        }
        catch (FormatError e)
        {
            var before = utf8Json[..(int)Math.Min(e.Offset, utf8Json.Length)];
            var lineStart = before.LastIndexOf((byte)'\n') + 1;
            throw new FindingBaselineException(e.Message, e.Path, before.Count((byte)'\n'), before.Length - lineStart, null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The reader's own errors (invalid JSON, a string of invalid UTF-8), passed on with its position.
            throw new FindingBaselineException(InvalidJson.Format(("detail", e.Message)), path, (e as JsonException)?.LineNumber, (e as JsonException)?.BytePositionInLine, e);
        }
    }

    private static List<BaselineEntry> ReadEntries(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Error(ref reader, path, UnexpectedToken.Format(("expected", "an array of entries"), ("token", Describe(ref reader))));
        }

        var entries = new List<BaselineEntry>();
        while (true)
        {
            var entryPath = path + "[" + entries.Count.ToString(CultureInfo.InvariantCulture) + "]";
            Next(ref reader, entryPath);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return entries;
            }

            entries.Add(ReadEntry(ref reader, entryPath));
        }
    }

    private static BaselineEntry ReadEntry(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(ref reader, path, UnexpectedToken.Format(("expected", "an entry object"), ("token", Describe(ref reader))));
        }

        string? agency = null, fingerprint = null, code = null, memberPath = null, message = null;
        int? year = null;
        while (true)
        {
            Next(ref reader, path);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var name = reader.GetString()!;
            var at = path + "." + name;
            var seen = name switch
            {
                "agency" => agency is not null,
                "year" => year is not null,
                "fingerprint" => fingerprint is not null,
                "code" => code is not null,
                "path" => memberPath is not null,
                "message" => message is not null,
                _ => throw Error(ref reader, at, UnknownMember.Format(("name", name), ("kind", EntryKind), ("members", Quote(EntryMembers)))),
            };
            if (seen)
            {
                throw Error(ref reader, at, DuplicateMember.Format(("name", name), ("kind", EntryKind)));
            }

            Next(ref reader, at);
            switch (name)
            {
                case "agency":
                    agency = ReadString(ref reader, at, blankAllowed: false);
                    break;
                case "year":
                    var value = ReadInt(ref reader, at, "a report year");
                    if (value < ReportYears.Minimum || value > ReportYears.Maximum)
                    {
                        throw Error(ref reader, at, YearOutOfRange.Format(("value", value), ("minimum", ReportYears.Minimum), ("maximum", ReportYears.Maximum)));
                    }

                    year = value;
                    break;
                case "fingerprint":
                    fingerprint = ReadString(ref reader, at, blankAllowed: true);
                    if (!FindingFingerprint.IsWellFormed(fingerprint))
                    {
                        throw Error(ref reader, at, MalformedFingerprint.Format(("value", fingerprint)));
                    }

                    break;
                case "code":
                    code = ReadString(ref reader, at, blankAllowed: false);
                    break;
                case "path":
                    memberPath = ReadString(ref reader, at, blankAllowed: true);
                    break;
                default:
                    message = ReadString(ref reader, at, blankAllowed: true);
                    break;
            }
        }

        if (agency is null || year is null || fingerprint is null || code is null || memberPath is null || message is null)
        {
            var missing = EntryMembers.Where(m => m switch
            {
                "agency" => agency is null,
                "year" => year is null,
                "fingerprint" => fingerprint is null,
                "code" => code is null,
                "path" => memberPath is null,
                _ => message is null,
            });
            throw Error(ref reader, path, MissingMembers.Format(("kind", EntryKind), ("names", Quote(missing))));
        }

        return new() { Agency = agency, Year = year.Value, Fingerprint = fingerprint, Code = code, Path = memberPath, Message = message };
    }

    private static void Next(ref Utf8JsonReader reader, string path)
    {
        if (!reader.Read())
        {
            throw Error(ref reader, path, UnexpectedToken.Format(("expected", "more JSON"), ("token", "the end of the document")));
        }
    }

    private static int ReadInt(ref Utf8JsonReader reader, string path, string expected)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value))
        {
            throw Error(ref reader, path, UnexpectedToken.Format(("expected", expected), ("token", Describe(ref reader))));
        }

        return value;
    }

    private static string ReadString(ref Utf8JsonReader reader, string path, bool blankAllowed)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Error(ref reader, path, UnexpectedToken.Format(("expected", "a string"), ("token", Describe(ref reader))));
        }

        var value = reader.GetString()!;
        if (!blankAllowed && string.IsNullOrWhiteSpace(value))
        {
            throw Error(ref reader, path, Blank.Format(("member", path[(path.LastIndexOf('.') + 1)..])));
        }

        return value;
    }

    // Located by Read, from the token's offset in the document (the reader does not give its line to callers).
    private static FormatError Error(ref Utf8JsonReader reader, string path, string message) => new(message, path, reader.TokenStartIndex);

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "the number " + System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.PropertyName => "the member '" + reader.GetString() + "'",
        _ => reader.TokenType.ToString(),
    };

    private static string Quote(IEnumerable<string> names) => string.Join(", ", names.Select(n => "'" + n + "'"));

    /// <summary>A problem found while reading, at a token's offset; <see cref="Read"/> turns it into a located <see cref="FindingBaselineException"/>.</summary>
    private sealed class FormatError(string message, string path, long offset) : Exception(message)
    {
        public string Path { get; } = path;

        public long Offset { get; } = offset;
    }

    /// <summary>Writes the members of an entry (agency, year, fingerprint, code, path, message) into the open object: the file's entries and the command line's gone entries.</summary>
    internal static void WriteEntryMembers(Utf8JsonWriter writer, BaselineEntry entry)
    {
        writer.WriteString("agency", entry.Agency);
        writer.WriteNumber("year", entry.Year);
        writer.WriteString("fingerprint", entry.Fingerprint);
        writer.WriteString("code", entry.Code);
        writer.WriteString("path", entry.Path);
        writer.WriteString("message", entry.Message);
    }
}
