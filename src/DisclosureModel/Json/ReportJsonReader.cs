using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;

namespace DisclosureModel.Json;

/// <summary>
/// The reader behind <see cref="DisclosureJson.Deserialize(ReadOnlySpan{byte})"/> and <see cref="DisclosureNdjson"/>: one
/// forward pass of a <see cref="Utf8JsonReader"/> over the document, building the model as it goes.
/// </summary>
/// <remarks>
/// <para>It reads exactly the shape of the source-generated contract (<see cref="DisclosureJson.ReportTypeInfo"/>), with
/// the same strictness: every member required, no unknown or duplicate member, <c>null</c> only where the model allows
/// blank, the edition discriminators anywhere in their objects. Its member tables are checked against that contract
/// when first used, and the tests check, input by input, that both accept and reject the same documents. It exists
/// because the generic path costs several times the reading of the bytes (<c>benchmarks/README.md</c>).</para>
/// <para>Leaf values (counts, amounts, dates, enums, rows of counts) are read by the same converters as the contract
/// uses. Nothing is tracked for errors on the way: a failure is located afterwards, from the offset of the token at
/// fault, by <see cref="JsonLocation"/>.</para>
/// </remarks>
internal ref partial struct ReportJsonReader
{
    private static readonly JsonSerializerOptions Options = DisclosureJson.Options;
    private static readonly FormatEditionConverter Editions = new();
    private static readonly DateIntervalConverter Periods = new();
    private static readonly LocalDateTimeConverter DateTimes = new();
    private static readonly JsonConverter<AgencyKind> AgencyKinds = new AgencyKindConverter();
    private static readonly JsonConverter<MoneyUnit> MoneyUnits = (JsonConverter<MoneyUnit>)new MoneyUnitConverter().CreateConverter(typeof(MoneyUnit), Options);
    private static readonly JsonConverter<Uri> Uris = (JsonConverter<Uri>)Options.GetTypeInfo(typeof(Uri)).Converter;

    private static readonly string AgencyKindNames = EnumNames<AgencyKind>();
    private static readonly string MoneyUnitNames = EnumNames<MoneyUnit>();

    private static readonly Members ReportMembers = Members.Of<DisclosureReport>(
        "the report",
        nameof(DisclosureJson.SchemaVersion),
        nameof(DisclosureReport.Metadata),
        nameof(DisclosureReport.Preamble),
        nameof(DisclosureReport.Overview),
        nameof(DisclosureReport.ProactiveDisclosure),
        nameof(DisclosureReport.Applications),
        nameof(DisclosureReport.ReviewAndLitigation),
        nameof(DisclosureReport.ProblemsAndImprovements),
        nameof(DisclosureReport.OtherMatters),
        nameof(DisclosureReport.UnreadCells)).WithOptional(nameof(DisclosureReport.UnreadCells));

    private static readonly Members UnreadCellMembers = Members.Of<UnreadCell>(
        "an unread cell",
        nameof(UnreadCell.PropertyPath),
        nameof(UnreadCell.Code),
        nameof(UnreadCell.Message),
        nameof(UnreadCell.ChineseMessage),
        nameof(UnreadCell.Seen),
        nameof(UnreadCell.Candidates));

    private static readonly JsonConverter<Import.ImportDiagnosticCode> DiagnosticCodes =
        (JsonConverter<Import.ImportDiagnosticCode>)new ImportDiagnosticCodeConverter().CreateConverter(typeof(Import.ImportDiagnosticCode), Options);

    private static readonly string DiagnosticCodeNames = EnumNames<Import.ImportDiagnosticCode>();

    private static readonly Members MetadataMembers = Members.Of<ReportMetadata>(
        "metadata",
        nameof(ReportMetadata.AgencyName),
        nameof(ReportMetadata.ReportYear),
        nameof(ReportMetadata.Edition),
        nameof(ReportMetadata.AgencyKind),
        nameof(ReportMetadata.StatisticsPeriod),
        nameof(ReportMetadata.PublishedAt),
        nameof(ReportMetadata.SourceUrl),
        nameof(ReportMetadata.DownloadLocation),
        nameof(ReportMetadata.Contact));

    private static readonly Members ContactMembers = Members.Of<ContactInfo>(
        "the contact",
        nameof(ContactInfo.Office),
        nameof(ContactInfo.Address),
        nameof(ContactInfo.Postcode),
        nameof(ContactInfo.Telephone),
        nameof(ContactInfo.Email));

    private static readonly Members OverviewMembers = Members.Of<OverviewSection>(
        "the overview",
        nameof(OverviewSection.Introduction),
        nameof(OverviewSection.Parts),
        nameof(OverviewSection.ProactivelyDisclosedCount));

    private static readonly Members PartMembers = Members.Of<OverviewPart>("an overview part", nameof(OverviewPart.Heading), nameof(OverviewPart.Text));

    private static readonly Members MoneyMembers = Members.Of<MoneyAmount>("an amount of money", nameof(MoneyAmount.Amount), nameof(MoneyAmount.Unit));

    private readonly ReadOnlySpan<byte> document;
    private Utf8JsonReader json;
    private char[] chars = [];
    private long proactiveEditionEnd;
    private long outcomesEditionEnd;
    private List<long>? unreadCellEnds;

    private ReportJsonReader(ReadOnlySpan<byte> document)
    {
        this.document = document;
        json = new Utf8JsonReader(document, new JsonReaderOptions { MaxDepth = DisclosureJsonLimits.MaxDepth });
    }

    /// <summary>Reads a report.</summary>
    /// <param name="document">The document, without byte-order mark.</param>
    /// <param name="ndjsonLine">The one-based NDJSON line of the document, or null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="DisclosureJsonException">The document is not a report of the shape; the path and position name where.</exception>
    public static DisclosureReport Read(ReadOnlySpan<byte> document, long? ndjsonLine)
    {
        var reader = new ReportJsonReader(document);
        try
        {
            return reader.ReadDocument();
        }
        catch (DisclosureJsonException exception) when (exception.Path is not null)
        {
            throw JsonLocation.WithLine(exception, ndjsonLine);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            // JsonException from a converter or from here carries no position (the reader's own, for invalid JSON, does);
            // InvalidOperationException and FormatException come from the reader (a string of invalid UTF-8, a number
            // out of range); ArgumentException from a model check a converter did not make first.
            throw JsonLocation.Locate(document, reader.json.BytesConsumed, exception, ndjsonLine);
        }
        finally
        {
            if (reader.chars.Length > 0)
            {
                ArrayPool<char>.Shared.Return(reader.chars);
            }
        }
    }

    private DisclosureReport ReadDocument()
    {
        Next();
        if (json.TokenType == JsonTokenType.Null)
        {
            throw JsonThrowHelper.NullDocument();
        }

        var report = ReadReport();

        // Reading on makes the reader check what follows the report: white space only, anything else is its error.
        _ = json.Read();
        CheckEditions(report);
        CheckUnreadCells(report);
        return report;
    }

    private DisclosureReport ReadReport()
    {
        var seen = Begin(ReportMembers);
        ReportMetadata metadata = null!;
        string preamble = null!, problems = null!, otherMatters = null!;
        OverviewSection overview = null!;
        ProactiveDisclosure proactive = null!;
        ApplicationsTable applications = null!;
        ReviewAndLitigationTable review = null!;
        var unread = ValueList<UnreadCell>.Empty;
        while (NextMember(ReportMembers, ref seen, out var index))
        {
            switch (index)
            {
                case 0: ReadSchemaVersion(); break;
                case 1: metadata = ReadMetadata(); break;
                case 2: preamble = ReadString(); break;
                case 3: overview = ReadOverview(); break;
                case 4: proactive = ReadProactiveDisclosure(); break;
                case 5: applications = ReadApplications(); break;
                case 6: review = ReadReview(); break;
                case 7: problems = ReadString(); break;
                case 8: otherMatters = ReadString(); break;
                default: unread = ReadUnreadCells(); break;
            }
        }

        return new DisclosureReport
        {
            Metadata = metadata,
            Preamble = preamble,
            Overview = overview,
            ProactiveDisclosure = proactive,
            Applications = applications,
            ReviewAndLitigation = review,
            ProblemsAndImprovements = problems,
            OtherMatters = otherMatters,
            UnreadCells = unread,
        };
    }

    /// <summary>
    /// Reads <c>unreadCells</c>: each path must name a cell of the statutory tables, once. Whether it is a cell of the
    /// report's edition and blank is checked when the report is whole (<see cref="CheckUnreadCells"/>).
    /// </summary>
    private ValueList<UnreadCell> ReadUnreadCells()
    {
        if (json.TokenType != JsonTokenType.StartArray)
        {
            throw IsNull ? NullNotAllowed() : JsonThrowHelper.UnexpectedToken(ref json, "an array of unread cells");
        }

        var cells = ImmutableArray.CreateBuilder<UnreadCell>();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        unreadCellEnds = [];
        while (Next() != JsonTokenType.EndArray)
        {
            if (json.TokenType == JsonTokenType.Null)
            {
                JsonThrowHelper.ThrowNullElement(cells.Count);
            }

            var seen = Begin(UnreadCellMembers);
            string path = null!, message = null!, chinese = null!;
            string? text = null;
            var code = default(Import.ImportDiagnosticCode);
            var candidates = ValueList<string>.Empty;
            long pathEnd = 0;
            while (NextMember(UnreadCellMembers, ref seen, out var index))
            {
                switch (index)
                {
                    case 0:
                        path = ReadString();
                        pathEnd = json.BytesConsumed;
                        if (CellCatalog.Edition2019.Find(path) is null && CellCatalog.Edition2021.Find(path) is null)
                        {
                            throw JsonThrowHelper.UnreadCellNotACell(path);
                        }

                        if (!paths.Add(path))
                        {
                            throw JsonThrowHelper.UnreadCellTwice(path);
                        }

                        break;
                    case 1: code = BuiltIn(DiagnosticCodes, DiagnosticCodeNames); break;
                    case 2: message = ReadString(); break;
                    case 3: chinese = ReadString(); break;
                    case 4: text = IsNull ? null : ReadString(); break;
                    default: candidates = ReadStrings(); break;
                }
            }

            unreadCellEnds.Add(pathEnd);
            cells.Add(new UnreadCell { PropertyPath = path, Code = code, Message = message, ChineseMessage = chinese, Seen = text, Candidates = candidates });
        }

        return cells.Count == 0 ? ValueList<UnreadCell>.Empty : new ValueList<UnreadCell>(cells.DrainToImmutable());
    }

    private ValueList<string> ReadStrings()
    {
        if (json.TokenType != JsonTokenType.StartArray)
        {
            throw IsNull ? NullNotAllowed() : JsonThrowHelper.UnexpectedToken(ref json, "an array of strings");
        }

        var strings = ImmutableArray.CreateBuilder<string>();
        while (Next() != JsonTokenType.EndArray)
        {
            if (json.TokenType == JsonTokenType.Null)
            {
                JsonThrowHelper.ThrowNullElement(strings.Count);
            }

            strings.Add(ReadString());
        }

        return strings.Count == 0 ? ValueList<string>.Empty : new ValueList<string>(strings.DrainToImmutable());
    }

    /// <summary>Checks the unread cells against the whole report; reports the first at fault at its path.</summary>
    private readonly void CheckUnreadCells(DisclosureReport report)
    {
        if (DisclosureJson.UnreadCellError(report) is { } error)
        {
            throw JsonLocation.Locate(document, unreadCellEnds![error.Index], error.Error, ndjsonLine: null);
        }
    }

    private void ReadSchemaVersion()
    {
        var version = JsonNumbers.ReadInteger(ref json, "The schema version");
        if (version != DisclosureJson.SchemaVersion)
        {
            JsonThrowHelper.ThrowUnsupportedSchemaVersion(version);
        }
    }

    private ReportMetadata ReadMetadata()
    {
        var seen = Begin(MetadataMembers);
        string agencyName = null!;
        var year = 0;
        FormatEdition edition = default;
        AgencyKind kind = default;
        DateInterval period = null!;
        LocalDateTime? publishedAt = null;
        Uri? sourceUrl = null;
        string? downloadLocation = null;
        ContactInfo? contact = null;
        while (NextMember(MetadataMembers, ref seen, out var index))
        {
            switch (index)
            {
                case 0: agencyName = Value(NonBlankStringConverter.Instance); break;
                case 1: year = Value(ReportYearConverter.Instance); break;
                case 2: edition = Value(Editions); break;
                case 3: kind = BuiltIn(AgencyKinds, AgencyKindNames); break;
                case 4: period = Value(Periods); break;
                case 5: publishedAt = IsNull ? null : Value(DateTimes); break;
                case 6: sourceUrl = IsNull ? null : BuiltIn(Uris, "a URI"); break;
                case 7: downloadLocation = IsNull ? null : ReadString(); break;
                default: contact = IsNull ? null : ReadContact(); break;
            }
        }

        return new ReportMetadata
        {
            AgencyName = agencyName,
            ReportYear = year,
            Edition = edition,
            AgencyKind = kind,
            StatisticsPeriod = period,
            PublishedAt = publishedAt,
            SourceUrl = sourceUrl,
            DownloadLocation = downloadLocation,
            Contact = contact,
        };
    }

    private ContactInfo ReadContact()
    {
        var seen = Begin(ContactMembers);
        Span<string?> texts = [null, null, null, null, null];
        while (NextMember(ContactMembers, ref seen, out var index))
        {
            texts[index] = IsNull ? null : ReadString();
        }

        return new ContactInfo { Office = texts[0], Address = texts[1], Postcode = texts[2], Telephone = texts[3], Email = texts[4] };
    }

    private OverviewSection ReadOverview()
    {
        var seen = Begin(OverviewMembers);
        string introduction = null!;
        var parts = ValueList<OverviewPart>.Empty;
        int? count = null;
        while (NextMember(OverviewMembers, ref seen, out var index))
        {
            switch (index)
            {
                case 0: introduction = ReadString(); break;
                case 1: parts = ReadParts(); break;
                default: count = ReadCount(); break;
            }
        }

        return new OverviewSection { Introduction = introduction, Parts = parts, ProactivelyDisclosedCount = count };
    }

    private ValueList<OverviewPart> ReadParts()
    {
        if (json.TokenType != JsonTokenType.StartArray)
        {
            JsonThrowHelper.ThrowUnexpectedToken(ref json, "an array of overview parts");
        }

        var parts = ImmutableArray.CreateBuilder<OverviewPart>();
        while (Next() != JsonTokenType.EndArray)
        {
            if (json.TokenType == JsonTokenType.Null)
            {
                JsonThrowHelper.ThrowNullOverviewPart(parts.Count);
            }

            var seen = Begin(PartMembers);
            string heading = null!, text = null!;
            while (NextMember(PartMembers, ref seen, out var index))
            {
                (index == 0 ? ref heading : ref text) = ReadString();
            }

            parts.Add(new OverviewPart(heading, text));
        }

        return parts.Count == 0 ? ValueList<OverviewPart>.Empty : new ValueList<OverviewPart>(parts.DrainToImmutable());
    }

    private MoneyAmount ReadMoney()
    {
        var seen = Begin(MoneyMembers);
        decimal amount = 0;
        MoneyUnit? unit = null;
        while (NextMember(MoneyMembers, ref seen, out var index))
        {
            if (index == 0)
            {
                amount = Value(AmountConverter.Instance);
            }
            else
            {
                unit = IsNull ? null : BuiltIn(MoneyUnits, MoneyUnitNames);
            }
        }

        return new MoneyAmount(amount, unit);
    }

    /// <summary>
    /// Finds the <c>edition</c> of the edition-specific object that starts at the current token, wherever it stands in
    /// that object, with a copy of the reader (the document is whole in memory), so that its members can then be read
    /// in one pass with the edition's member table.
    /// </summary>
    /// <param name="end">The offset just after the edition's value, to report a disagreement with the metadata there.</param>
    private FormatEdition ReadEdition(out long end)
    {
        if (json.TokenType != JsonTokenType.StartObject)
        {
            JsonThrowHelper.ThrowUnexpectedToken(ref json, "an object with an 'edition' member");
        }

        var ahead = json;
        while (ahead.Read() && ahead.TokenType == JsonTokenType.PropertyName)
        {
            var isEdition = ahead.ValueTextEquals("edition"u8);
            ahead.Read();
            if (isEdition)
            {
                try
                {
                    end = ahead.BytesConsumed;
                    return Editions.Read(ref ahead, typeof(FormatEdition), Options);
                }
                catch (JsonException)
                {
                    json = ahead;
                    throw;
                }
            }

            ahead.Skip();
        }

        json = ahead;
        throw JsonThrowHelper.MissingEdition(JsonLocation.MemberAt(document, json.BytesConsumed));
    }

    /// <summary>Checks that the sections' editions are the metadata's; reports the first that differs at its own value.</summary>
    private readonly void CheckEditions(DisclosureReport report)
    {
        if (DisclosureJson.EditionMismatch(report) is { } mismatch)
        {
            throw JsonLocation.Locate(document, mismatch.IsProactiveDisclosure ? proactiveEditionEnd : outcomesEditionEnd, mismatch.Error, ndjsonLine: null);
        }
    }

    private readonly bool IsNull => json.TokenType == JsonTokenType.Null;

    private JsonTokenType Next()
    {
        json.Read();
        return json.TokenType;
    }

    /// <summary>Checks that the current token starts an object of <paramref name="members"/>; returns the empty set of members seen.</summary>
    private MemberSet Begin(Members members)
    {
        if (json.TokenType != JsonTokenType.StartObject)
        {
            JsonThrowHelper.ThrowUnexpectedToken(ref json, $"an object ({members.Kind})");
        }

        return default;
    }

    /// <summary>
    /// Moves to the next member of the current object and onto its value; false at the end of the object, having checked
    /// that every member was there. Unknown and duplicate members throw.
    /// </summary>
    private bool NextMember(Members members, ref MemberSet seen, out int index)
    {
        if (Next() != JsonTokenType.PropertyName)
        {
            if ((seen.Bits & members.All) != members.All)
            {
                JsonThrowHelper.ThrowMissingMembers(members.Kind, members.Missing(seen.Bits));
            }

            index = -1;
            return false;
        }

        index = members.Find(ref json, seen.Next);
        if (index < 0)
        {
            JsonThrowHelper.ThrowUnknownMember(ref json, members.Kind, members.List);
        }

        var bit = 1UL << index;
        if ((seen.Bits & bit) != 0)
        {
            JsonThrowHelper.ThrowDuplicateMember(members.Names[index], members.Kind);
        }

        seen = new MemberSet(seen.Bits | bit, index + 1);
        Next();
        return true;
    }

    /// <summary>Reads a value that cannot be null with a converter of the contract.</summary>
    private T Value<T>(JsonConverter<T> converter)
    {
        if (json.TokenType == JsonTokenType.Null && !typeof(T).IsValueType)
        {
            throw NullNotAllowed();
        }

        return converter.Read(ref json, typeof(T), Options)!;
    }

    /// <summary>
    /// Reads a value with one of System.Text.Json's own converters (enums, <see cref="Uri"/>), whose failures outside the
    /// serializer carry no message of their own.
    /// </summary>
    private T BuiltIn<T>(JsonConverter<T> converter, string expected)
    {
        if (json.TokenType == JsonTokenType.String)
        {
            try
            {
                return converter.Read(ref json, typeof(T), Options)!;
            }
            catch (JsonException)
            {
            }
        }

        throw json.TokenType == JsonTokenType.Null ? NullNotAllowed() : JsonThrowHelper.UnexpectedToken(ref json, expected);
    }

    private static string EnumNames<T>()
        where T : struct, Enum =>
        "one of " + string.Join(", ", Enum.GetNames<T>().Select(name => $"\"{JsonNamingPolicy.CamelCase.ConvertName(name)}\""));

    private int? ReadCount() => IsNull ? null : CountConverter.Read(ref json);

    /// <summary>Reads a string that cannot be null, decoding it once into a pooled buffer.</summary>
    private string ReadString()
    {
        if (json.TokenType != JsonTokenType.String)
        {
            throw IsNull ? NullNotAllowed() : JsonThrowHelper.UnexpectedToken(ref json, "a string");
        }

        // Reader.GetString counts the characters, then decodes; copying out decodes once, into one pooled buffer for
        // the whole document. A string has no more UTF-16 code units than its UTF-8 bytes.
        var length = json.ValueSpan.Length;
        if (length == 0)
        {
            return string.Empty;
        }

        if (chars.Length < length)
        {
            if (chars.Length > 0)
            {
                ArrayPool<char>.Shared.Return(chars);
            }

            chars = ArrayPool<char>.Shared.Rent(Math.Max(length, 4096));
        }

        return new string(chars, 0, json.CopyString(chars));
    }

    /// <summary>The error for a null where the model allows none; the member's name is found only now, from the document.</summary>
    private readonly JsonException NullNotAllowed() => JsonThrowHelper.NullNotAllowed(JsonLocation.MemberAt(document, json.BytesConsumed));

    /// <summary>The members of one object of the shape, by index in print order.</summary>
    private sealed class Members
    {
        private readonly byte[][] utf8;

        private Members(string kind, string[] names)
        {
            Kind = kind;
            Names = names;
            utf8 = [.. names.Select(System.Text.Encoding.UTF8.GetBytes)];
            All = (1UL << names.Length) - 1;
            List = string.Join(", ", names);
        }

        public string Kind { get; }

        public string[] Names { get; }

        /// <summary>Gets the bits of the required members.</summary>
        public ulong All { get; private init; }

        public string List { get; }

        /// <summary>Creates the table of a type, checked against its members in the contract.</summary>
        /// <param name="kind">What the object is, for messages.</param>
        /// <param name="properties">The C# property names, in the order the reader's switch uses.</param>
        public static Members Of<T>(string kind, params string[] properties) => Create<T>(kind, [.. properties.Select(JsonNamingPolicy.CamelCase.ConvertName)]);

        /// <summary>Creates the table of an edition-specific type: <c>edition</c> first, then its members.</summary>
        public static Members OfEdition<T>(string kind, params string[] properties) =>
            Create<T>(kind, ["edition", .. properties.Select(JsonNamingPolicy.CamelCase.ConvertName)]);

        /// <summary>
        /// Creates the table of an object derived from the cell catalogue (<c>edition</c> first when it is polymorphic),
        /// checked against the contract's members where the contract reads the type member by member.
        /// </summary>
        public static Members ForShape(string kind, string[] names, bool edition, Type type)
        {
            var info = Options.GetTypeInfo(type);
            if (info.Kind == JsonTypeInfoKind.Object)
            {
                var contract = info.Properties.Select(property => property.Name);
                if (!contract.Order(StringComparer.Ordinal).SequenceEqual(names.Order(StringComparer.Ordinal), StringComparer.Ordinal))
                {
                    throw new InvalidOperationException(
                        $"The catalogue's members of {type.Name} ({string.Join(", ", names)}) differ from the contract's ({string.Join(", ", contract)}).");
                }
            }

            return new Members(kind, edition ? ["edition", .. names] : names);
        }

        /// <summary>Gets the index of the current member name, trying the expected one first; -1 for an unknown name.</summary>
        public int Find(ref Utf8JsonReader reader, int expected)
        {
            if (!reader.ValueIsEscaped)
            {
                // The common case, compared as bytes; an escaped name is compared after unescaping below.
                var name = reader.ValueSpan;
                if (expected < utf8.Length && name.SequenceEqual(utf8[expected]))
                {
                    return expected;
                }

                for (var i = 0; i < utf8.Length; i++)
                {
                    if (name.SequenceEqual(utf8[i]))
                    {
                        return i;
                    }
                }

                return -1;
            }

            for (var i = 0; i < utf8.Length; i++)
            {
                if (reader.ValueTextEquals(utf8[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        public IEnumerable<string> Missing(ulong seen) => Names.Where((_, i) => (seen & (1UL << i)) == 0 && (All & (1UL << i)) != 0);

        /// <summary>Gets the table with a member that may be absent (<see cref="All"/> then lists the required ones).</summary>
        public Members WithOptional(string property)
        {
            var index = Array.IndexOf(Names, JsonNamingPolicy.CamelCase.ConvertName(property));
            return new Members(Kind, Names) { All = All & ~(1UL << index) };
        }

        private static Members Create<T>(string kind, string[] names)
        {
            // The contract is the reference: a member added to the model and not here fails the first read, in every test.
            var contract = Options.GetTypeInfo(typeof(T)).Properties.Select(property => property.Name);
            var expected = names[0] == "edition" && typeof(T).BaseType is { IsAbstract: true } ? names[1..] : names;
            if (!contract.Order(StringComparer.Ordinal).SequenceEqual(expected.Order(StringComparer.Ordinal), StringComparer.Ordinal))
            {
                throw new InvalidOperationException(
                    $"The reader's members of {typeof(T).Name} ({string.Join(", ", expected)}) differ from the contract's ({string.Join(", ", contract)}).");
            }

            return new Members(kind, names);
        }
    }

    /// <summary>The members of an object seen so far, and the index expected next.</summary>
    private readonly record struct MemberSet(ulong Bits, int Next);
}
