namespace DisclosureModel.Validation;

/// <summary>
/// The English message templates of the rules, keyed by rule code: the one place the English wording of a failure is
/// written. Placeholders are named (<c>{column}</c>, <c>{equation}</c>); <see cref="DisclosureRules"/> describes each.
/// </summary>
/// <remarks>Statutory labels stay in Chinese, with the English label in parentheses where the rule names a row or column.</remarks>
internal static class EnglishRuleMessages
{
    /// <summary>The English description of a smallest correction (<see cref="Correction.Describe"/>): <c>{changes}</c> the changes, <c>{rule}</c> the rule code.</summary>
    public const string Correction = "{changes} makes {rule} hold";

    /// <summary>The separator between the changes of a correction.</summary>
    public const string CorrectionSeparator = ", ";

    /// <summary>The word for a blank cell in a correction's change.</summary>
    public const string Blank = "blank";

    /// <summary>Gets the templates by rule code.</summary>
    public static IReadOnlyDictionary<string, string> Templates { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["R1"] = "Section 三, column {column} ({columnEnglish}): newly received plus carried over must equal the outcome total plus carried forward: {equation}.",
        ["R2"] = "Section 三, column {column} ({columnEnglish}): the outcome total (七) must equal the sum of the outcomes (一)–(六): {equation}.",
        ["R3"] = "Section 三, row {row} ({rowEnglish}): the total must equal the sum of the six applicant columns: {equation}.",
        ["R4"] = "Section 四, block {block} ({blockEnglish}): the total must equal the sum of the four results: {equation}.",
        ["R6"] = "Section 二, {table}, row {row} ({rowEnglish}): items last year plus the change this year is negative: {equation}.",
        ["R7"] = "Section 二, {table}, row {row} ({rowEnglish}): documents published in all are fewer than those published this year: {equation}.",
        ["E1"] = "The report declares the {declaredEdition} format, but {tableEnglish} has the shape of the {tableEdition} format.",
        ["E2"] = "A report on {year} should follow the {expectedEdition} format ({expectedNotice}); this one follows the {edition} format ({notice}).",
        ["E3"] = "The report declares the {declaredEdition} format, but Section 三 prints （六）其他处理 as one row, as the {tableEdition} format did; R1–R3 are checked on that row.",
        ["P1"] = "The statistics period {start} to {end} does not cover the report year {year} (1 January to 31 December {year}).",
        ["D1"] = "The report of a {agencyKindEnglish} was due by {deadline} but was published on {publishedOn}, {days} days late.",
        ["D2"] = "The report of a {agencyKindEnglish} was due by {deadline}; it has no publication date and today ({today}) is {days} days past the deadline.",
        ["W1"] = "{otherHandling} of the {outcomes} outcomes ({share} %) were otherwise handled (六), more than {threshold} %; explain why.",
        ["W2"] = "Section 一 has {characters} characters; the format asks for no more than 1000 as a rule.",
        ["W3"] = "Section 一 says “{sentence}”, but Section 三 counts {newlyReceived} newly received applications.",
        ["N1"] = "{where} says “{sentence}” ({stated}), but {cellsEnglish} is {value}.",
        ["N2"] = "{where} says “{sentence}”, but Section 四, {blockEnglish} ({block}), {columnEnglish} ({column}) is {value}.",
        ["N3"] = "{where} says “{sentence}”, naming the year {statedYear}, but this is the report on {year}.",
        ["X1"] = "Column {column} ({columnEnglish}): carried forward in {earlierYear} must equal carried over in {laterYear}: {equation}.",
        ["X2"] = "Row {row} ({rowEnglish}): items last year in {laterYear} do not follow from {earlierYear}: {equation}.",
        ["X3"] = "Row {row} ({rowEnglish}): documents published in all in {laterYear} do not follow from {earlierYear}: {equation}.",
        ["X4"] = "Row {row} ({rowEnglish}): documents in force in {laterYear} do not follow from {earlierYear}: {equation}.",
        ["X5"] = "The series holds two reports for {year} (reports [{first}] and [{second}]); an agency publishes one annual report a year.",
        ["X6"] = "The series mixes agencies: “{agency}” and, from report [{index}], “{otherAgency}”; the year-to-year rules compare one agency's reports.",
        ["X7"] = "{cellEnglish}: {earlier} in {earlierYear}, {later} in {laterYear}, a change by a factor of {factor} (more than {threshold}); worth a look.",
        ["B1"] = "{tableEnglish} ({table}) is entirely blank: no cell holds a value and none is marked unread.",
        ["C1"] = "Section 六 (other matters) says nothing about information-processing fees (信息处理费): the 2021 format asks for them to be reported there, or that none were charged.",
        ["C2"] = "Section 五 (main problems and improvements) {contentEnglish}: the format asks for the main problems and the improvements, stated specifically.",
        ["C3"] = "Section 二, {table}, row {row} ({rowEnglish}) is entirely blank: the format asks for its numbers.",
        ["U1"] = "The cell {cellEnglish} is marked unread but holds the value {value}.",
        ["U2"] = "The unread cell {path} is not a cell of the {edition} format's tables.",
        ["A1"] = "The aggregate's cell {cellEnglish} is {aggregate}, but its members' reports sum to {sum} ({equation}); members whose report is missing: {missingEnglish}.",
        ["A2"] = "The member “{member}” is a report on {memberYear} in the {memberEdition} format, the aggregate one on {year} in the {edition} format; the roll-up was not checked cell by cell.",
        ["A3"] = "The report of the member “{member}” is missing; a difference between the aggregate and the other members' sum may be its share.",
        ["NA"] = "{rule} ({ruleTitleEnglish}) is not assessable: {count} of its equations or checks read cells that could not be read ({cellsEnglish}); they are not reported as imbalances.",
    };
}
