using DisclosureModel.Utility;
using DisclosureModel.Validation;

namespace DisclosureModel.Import;

/// <summary>A message of the import log formatted in both languages, with the catalogue entry it came from.</summary>
internal readonly record struct ImportMessage(MessageTemplate Template, string Chinese, string English);

/// <summary>
/// The catalogue of import log messages: one template per message, in Chinese and English, with named placeholders.
/// Every <see cref="ImportDiagnostic"/> is written from one of these (its <see cref="ImportDiagnostic.MessageId"/> is
/// the template's <see cref="MessageTemplate.Id"/>); tests compare against the entries, not fragments of wording.
/// </summary>
/// <remarks>
/// Placeholders: <c>{what}</c> names a row or table by its Chinese label(s); <c>{label}</c> is a statutory label;
/// <c>{section}</c> a section numeral (一 … 六); <c>{edition}</c> an edition identifier (<c>2019</c>); <c>{cells}</c>,
/// <c>{count}</c>, <c>{limit}</c> are numbers; <c>{rule}</c> is a rule as <see cref="DescribeRules"/> writes it.
/// </remarks>
internal static partial class ImportMessages
{
    // ------------------------------------------------------------ the input as a whole

    internal static MessageTemplate InputTooLarge { get; } = new(
        "import.inputTooLarge",
        "输入超过 {limit} 个字符的上限（ImportOptions.MaxInputLength），在此处达到上限。",
        "The input exceeds the limit of {limit} characters (ImportOptions.MaxInputLength); the limit is reached here.");

    internal static MessageTemplate InputTooLargeBytes { get; } = new(
        "import.inputTooLargeBytes",
        "输入超过 {bytes} 字节：任何编码解码后都超过 {limit} 个字符的上限（ImportOptions.MaxInputLength），未解码。",
        "The input exceeds {bytes} bytes: in any encoding it decodes to more than the limit of {limit} characters (ImportOptions.MaxInputLength); nothing was decoded.");

    internal static MessageTemplate HtmlTooDeep { get; } = new(
        "import.htmlTooDeep",
        "HTML 元素嵌套超过 {limit} 层的上限，在此处达到上限；页面未解析。",
        "The HTML nests elements deeper than the limit of {limit} levels; the limit is reached here; the page was not parsed.");

    // ------------------------------------------------------------ decoding bytes

    internal static MessageTemplate EncodingFromBom { get; } = new(
        "import.encodingFromBom",
        "按字节顺序标记（BOM）以 {encoding} 解码。",
        "Decoded as {encoding}: the input starts with its byte order mark (BOM).");

    internal static MessageTemplate EncodingFromOptions { get; } = new(
        "import.encodingFromOptions",
        "以 {encoding} 解码：导入选项给出的字符集（ImportOptions.Charset）为 {charset}。",
        "Decoded as {encoding}: the character set given in the options (ImportOptions.Charset) is {charset}.");

    internal static MessageTemplate EncodingFromMeta { get; } = new(
        "import.encodingFromMeta",
        "以 {encoding} 解码：页面在 <meta> 中声明的字符集为 {charset}。",
        "Decoded as {encoding}: the page declares the character set {charset} in <meta>.");

    internal static MessageTemplate EncodingValidUtf8 { get; } = new(
        "import.encodingValidUtf8",
        "以 UTF-8 解码：没有字节顺序标记或字符集声明，且字节是有效的 UTF-8。",
        "Decoded as UTF-8: there is no byte order mark or declared character set, and the bytes are valid UTF-8.");

    internal static MessageTemplate EncodingGb18030 { get; } = new(
        "import.encodingGb18030",
        "以 GB18030（包含 GBK 和 GB2312）解码：没有字节顺序标记或字符集声明，且字节不是有效的 UTF-8。",
        "Decoded as GB18030 (which includes GBK and GB2312): there is no byte order mark or declared character set, and the bytes are not valid UTF-8.");

    internal static MessageTemplate EncodingMetaOverriddenByBom { get; } = new(
        "import.encodingMetaOverriddenByBom",
        "页面在 <meta> 中声明字符集 {charset}，但以字节顺序标记为准，按 {encoding} 解码。",
        "The page declares the character set {charset} in <meta>, but its byte order mark says {encoding}, which was used.");

    internal static MessageTemplate EncodingMetaContradicted { get; } = new(
        "import.encodingMetaContradicted",
        "页面在 <meta> 中声明字符集 {charset}，但字节与之不符，按 {encoding} 解码。",
        "The page declares the character set {charset} in <meta>, but the bytes contradict it; they were decoded as {encoding}.");

    internal static MessageTemplate EncodingMetaUnknown { get; } = new(
        "import.encodingMetaUnknown",
        "页面在 <meta> 中声明的字符集 {charset} 无法识别，已忽略。",
        "The character set {charset} the page declares in <meta> is not known; it was ignored.");

    internal static MessageTemplate EncodingOptionUnknown { get; } = new(
        "import.encodingOptionUnknown",
        "导入选项给出的字符集（ImportOptions.Charset）{charset} 无法识别，已忽略。",
        "The character set {charset} given in the options (ImportOptions.Charset) is not known; it was ignored.");

    internal static MessageTemplate EncodingInvalidBytes { get; } = new(
        "import.encodingInvalidBytes",
        "解码后的文本含 {count} 个替换字符（U+FFFD）：这些字节不是有效的 {encoding}。",
        "The decoded text holds {count} replacement character(s) (U+FFFD): bytes that are not valid {encoding}.");

    internal static MessageTemplate NoStatutoryTable { get; } = new(
        "import.noStatutoryTable",
        "未找到任何一版格式的法定表格（没有第二、三、四部分的行标签）：输入不是政府信息公开工作年度报告，或在表格之前被截断。",
        "No statutory table of either edition was found (no row label of Section 二, 三 or 四): the input is not a disclosure annual report, or it is cut off before its tables.");

    internal static MessageTemplate EditionUnknown { get; } = new(
        "import.editionUnknown",
        "找到了表格，但其标签都不专属于某一版格式，报告年度也未知，无法判断格式版本。请提供 ImportOptions.Edition 或 ImportOptions.ReportYear。",
        "Tables were found but none of their labels belongs to only one edition, and the report year is unknown: the edition cannot be told. Give ImportOptions.Edition or ImportOptions.ReportYear.");

    internal static MessageTemplate SectionMissing { get; } = new(
        "import.sectionMissing",
        "未找到第{section}部分的标题。",
        "The heading of section {section} was not found.");

    internal static MessageTemplate SectionHeadingMissing { get; } = new(
        "import.sectionHeadingMissing",
        "未找到第{section}部分的标题；其表格已按表格自身的标签找到。",
        "The heading of section {section} was not found; its table was found by its own labels.");

    // ------------------------------------------------------------ edition

    internal static MessageTemplate EditionAssumed { get; } = new(
        "import.editionAssumed",
        "没有专属于某一版格式的标签；按报告年度推定为{edition}年版格式。",
        "No label belongs to only one edition; the {edition} format was assumed from the report year.");

    internal static MessageTemplate EditionConflict { get; } = new(
        "import.editionConflict",
        "同时出现两版格式的标签（2019年版 {count2019} 个，2021年版 {count2021} 个）；本页按{edition}年版格式读取。",
        "Labels of both editions were found ({count2019} label(s) of the 2019 format, {count2021} of the 2021 format); the page was read as the {edition} format.");

    internal static MessageTemplate EditionHybrid { get; } = new(
        "import.editionHybrid",
        "第三部分按2019年版格式将“（六）其他处理”列为一行，未列三个子行：按该行读取（不拆分、不补造子行）；报告格式版本由其他标签决定。",
        "Section 三 prints （六）其他处理 as one row, as the 2019 format did, without its three sub-rows: it was read as that row (the sub-rows are not invented); the edition was decided by the other labels.");

    // ------------------------------------------------------------ metadata and text

    internal static MessageTemplate AgencyNameFromOptions { get; } = new(
        "import.agencyNameFromOptions",
        "机关名称取自导入选项。",
        "The agency name was taken from the options.");

    internal static MessageTemplate ReportYearFromOptions { get; } = new(
        "import.reportYearFromOptions",
        "报告年度取自导入选项。",
        "The report year was taken from the options.");

    internal static MessageTemplate AgencyNameMissing { get; } = new(
        "import.agencyNameMissing",
        "页面标题和正文中都找不到机关名称，因此没有报告；识别出的表格仍在 ImportResult.Tables 中。请在 ImportOptions.AgencyName（命令行 --agency）中提供机关名称，或调用 ImportResult.ToReport。",
        "The agency name is neither in the page title nor in the text, so there is no report; the tables recognised are in ImportResult.Tables. Give the agency name in ImportOptions.AgencyName (command line: --agency), or call ImportResult.ToReport.");

    internal static MessageTemplate ReportYearMissing { get; } = new(
        "import.reportYearMissing",
        "页面标题、数据统计期限和正文中都找不到报告年度，因此没有报告；识别出的表格仍在 ImportResult.Tables 中。请在 ImportOptions.ReportYear（命令行 --year）中提供报告年度，或调用 ImportResult.ToReport。",
        "The report year is neither in the page title, nor in the statistics period, nor in the text, so there is no report; the tables recognised are in ImportResult.Tables. Give the report year in ImportOptions.ReportYear (command line: --year), or call ImportResult.ToReport.");

    internal static MessageTemplate ReportYearOutOfRange { get; } = new(
        "import.reportYearOutOfRange",
        "页面所示报告年度 {year} 不在法定格式适用的 {minimum}–{maximum} 年之内，因此没有报告；识别出的表格仍在 ImportResult.Tables 中。如页面有误，请在 ImportOptions.ReportYear（命令行 --year）中提供报告年度。",
        "The page names the report year {year}, outside the years {minimum}–{maximum} the statutory formats cover, so there is no report; the tables recognised are in ImportResult.Tables. If the page is wrong, give the report year in ImportOptions.ReportYear (command line: --year).");

    internal static MessageTemplate MetadataConflict { get; } = new(
        "import.metadataConflict",
        "正文中的句子给出了不同的{what}（{count} 个）；均未采用。",
        "Sentences of the text give different values for the {what} ({count}); none was taken.");

    internal static MessageTemplate StatisticsPeriodAssumed { get; } = new(
        "import.statisticsPeriodAssumed",
        "未写明数据统计期限（或期限无效）；推定为报告年度的公历年。",
        "The statistics period is not stated (or not a valid period); the calendar year of the report was assumed.");

    internal static MessageTemplate PreambleLineSkipped { get; } = new(
        "import.preambleLineSkipped",
        "第一部分之前不成句的一行被视为页面装饰，未计入引言。",
        "A line before Section 一 that is not a sentence was taken for page furniture and left out of the preamble.");

    internal static MessageTemplate TrailingTextSkipped { get; } = new(
        "import.trailingTextSkipped",
        "第六部分之后自此起的文字（{count} 行）不成句，被视为页面装饰。",
        "The text after Section 六 from here on ({count} line(s)) is not sentences and was taken for page furniture.");

    internal static MessageTemplate PageFooterSkipped { get; } = new(
        "import.pageFooterSkipped",
        "页脚（页码）已略去。",
        "A page footer (page number) was left out.");

    internal static MessageTemplate SpacerRowSkipped { get; } = new(
        "import.spacerRowSkipped",
        "表格末尾的空白行（Word 导出的无内容占位行）已略去：其上方各行已有数字。",
        "An empty row at the end of a table (a spacer row, as Word exports tables) was left out: the rows above it hold the numbers.");

    internal static MessageTemplate GenericHeaderSkipped { get; } = new(
        "import.genericHeaderSkipped",
        "Markdown 表格中只有占位列名的表头行（如“类别 | 数据1”）已略去。",
        "A header row of a Markdown table with placeholder column names only (such as 类别 | 数据1) was left out.");

    // ------------------------------------------------------------ PDF documents (DisclosureModel.Pdf)

    internal static MessageTemplate PdfNotPdf { get; } = new(
        "import.pdfNotPdf",
        "输入不是 PDF 文件：前 1024 字节中没有 %PDF- 文件头。",
        "The input is not a PDF: there is no %PDF- header in its first 1024 bytes.");

    internal static MessageTemplate PdfTruncated { get; } = new(
        "import.pdfTruncated",
        "PDF 文件不完整（被截断）：文件在第 {offset} 字节处结束，末尾没有文件结束标记 %%EOF。",
        "The PDF is truncated: it ends at byte {offset} without the end-of-file marker %%EOF.");

    internal static MessageTemplate PdfMalformed { get; } = new(
        "import.pdfMalformed",
        "PDF 文件结构损坏，无法读取（{where}）：{reason}",
        "The PDF's structure is broken and it cannot be read ({where}): {reason}");

    internal static MessageTemplate PdfEncrypted { get; } = new(
        "import.pdfEncrypted",
        "PDF 文件已加密，打开需要密码，未读取：请提供未加密的文件。",
        "The PDF is encrypted and needs a password to open; it was not read: provide an unencrypted copy.");

    internal static MessageTemplate PdfNoTextLayer { get; } = new(
        "import.pdfNoTextLayer",
        "PDF 没有文字层（{pages} 页中均无文字，如扫描件只有图像）：需要先进行文字识别（OCR），再导入识别出的文字。",
        "The PDF has no text layer (none of its {pages} page(s) holds text; a scan holds only images): text recognition (OCR) is needed first, then import the recognised text.");

    internal static MessageTemplate PdfTooManyBytes { get; } = new(
        "import.pdfTooManyBytes",
        "PDF 超过 {limit} 字节的上限，未读取。",
        "The PDF exceeds the limit of {limit} bytes; it was not read.");

    internal static MessageTemplate PdfTooManyPages { get; } = new(
        "import.pdfTooManyPages",
        "PDF 有 {pages} 页，超过 {limit} 页的上限，未读取。",
        "The PDF has {pages} pages, more than the limit of {limit}; it was not read.");

    internal static MessageTemplate PdfPageTooLarge { get; } = new(
        "import.pdfPageTooLarge",
        "此页有 {count} 个字符或图形，超过每页 {limit} 个的上限，未读取。",
        "This page holds {count} characters or drawn shapes, more than the limit of {limit} per page; the document was not read.");

    internal static MessageTemplate PdfCreationDate { get; } = new(
        "import.pdfCreationDate",
        "PDF 元数据中的创建日期为 {date}：这是文件的创建日期，不是报告的发布日期，未用作发布日期。",
        "The PDF's metadata gives the creation date {date}: that is when the file was made, not when the report was published; it was not taken as the publication date.");

    // ------------------------------------------------------------ tables: labels and rows

    internal static MessageTemplate UnlabelledNumbers { get; } = new(
        "import.unlabelledNumbers",
        "第{section}部分中没有行标签的数字已忽略。",
        "Numbers without a row label in Section {section} were ignored.");

    internal static MessageTemplate StrayText { get; } = new(
        "import.strayText",
        "表格中既非标签也非数字的文字已忽略。",
        "Text inside a table that is neither a label nor a number was ignored.");

    internal static MessageTemplate SubTableNotInEdition { get; } = new(
        "import.subTableNotInEdition",
        "子表{label}不属于{edition}年版格式，已忽略。",
        "The sub-table {label} is not part of the {edition} format; it was ignored.");

    internal static MessageTemplate RowNotInEdition { get; } = new(
        "import.rowNotInEdition",
        "行{label}不属于{edition}年版格式，已忽略。",
        "The row {label} is not part of the {edition} format; it was ignored.");

    internal static MessageTemplate SubTableTitleVariant { get; } = new(
        "import.subTableTitleVariant",
        "写法不同的子表标题已按法定标题读取。",
        "A sub-table title in a variant spelling was read as the statutory title.");

    internal static MessageTemplate ColumnHeaderVariant { get; } = new(
        "import.columnHeaderVariant",
        "写法不同的列标题已按法定标题读取。",
        "A column header in a variant spelling was read as the statutory header.");

    internal static MessageTemplate RowLabelVariant { get; } = new(
        "import.rowLabelVariant",
        "写法不同的行标签已按法定标签读取。",
        "A row label in a variant spelling was read as the statutory label.");

    internal static MessageTemplate LabelFuzzy { get; } = new(
        "import.labelFuzzy",
        "该标签与法定标签“{label}”相差 {distance} 个字符（错字、漏字或多字），按该法定标签读取。",
        "The label differs from the statutory label {label} by {distance} character(s) (a typo, a missing or an extra character) and was read as that label.");

    internal static MessageTemplate LabelAmbiguous { get; } = new(
        "import.labelAmbiguous",
        "该文字与{labels}同样接近，无法判断是哪一行，未按任何一行读取；其后的数字未读取。",
        "The text is as close to {labels} as to each other: which row it is cannot be told, so it was read as neither and the numbers after it were not read.");

    internal static MessageTemplate OtherEditionRowLabel { get; } = new(
        "import.otherEditionRowLabel",
        "另一版格式的行标签已按本版格式的相应行读取。",
        "A row label of the other edition was read as this edition's row.");

    internal static MessageTemplate DuplicateRow { get; } = new(
        "import.duplicateRow",
        "该行再次出现；保留第一次出现的数据。",
        "The row appears again; the first occurrence was kept.");

    internal static MessageTemplate NoNumbersAfterLabel { get; } = new(
        "import.noNumbersAfterLabel",
        "行标签后没有数字；各单元格留空。",
        "No numbers follow the row label; the cells are left blank.");

    internal static MessageTemplate SubTableMissing { get; } = new(
        "import.subTableMissing",
        "未找到子表{label}；其单元格为空，而非0。",
        "The sub-table {label} was not found; its cells are blank, not 0.");

    internal static MessageTemplate TableMissing { get; } = new(
        "import.tableMissing",
        "未找到第{section}部分的表格；其单元格为空，而非0。",
        "The table of Section {section} was not found; its cells are blank, not 0.");

    internal static MessageTemplate RowMissing { get; } = new(
        "import.rowMissing",
        "未找到行{label}；其单元格为空，而非0。",
        "The row {label} was not found; its cells are blank, not 0.");

    internal static MessageTemplate ColumnHeaderMissing { get; } = new(
        "import.columnHeaderMissing",
        "未找到列标题；数值按位置读取。",
        "A column header was not found; the values were read by position.");

    internal static MessageTemplate BlockHeaderMissing { get; } = new(
        "import.blockHeaderMissing",
        "未找到栏标题；数值按位置读取。",
        "A block header was not found; the values were read by position.");

    internal static MessageTemplate SectionFourWithoutNumbers { get; } = new(
        "import.sectionFourWithoutNumbers",
        "第四部分有标签但没有数字；各单元格留空。",
        "Section 四 has its labels but no numbers; the cells are left blank.");

    internal static MessageTemplate FeeInYuan { get; } = new(
        "import.feeInYuan",
        "收费金额单元格写的是“元”，而2021年版该列的单位是“万元”；该单元格留空。",
        "The fee cell prints 元 but the 2021 column is in 万元; the cell is left blank.");

    // ------------------------------------------------------------ cells

    internal static MessageTemplate SplitUnique { get; } = new(
        "import.splitUnique",
        "{what}：连在一起的数字只有一种方式拆分为 {cells} 个单元格。",
        "{what}: the digits run together could be split into {cells} cells in only one way.");

    internal static MessageTemplate SplitByRule { get; } = new(
        "import.splitByRule",
        "{what}：按规则{rule}将连在一起的数字拆分为 {cells} 个单元格。",
        "{what}: the digits run together were split into {cells} cells by the rule {rule}.");

    internal static MessageTemplate SplitBreaksRule { get; } = new(
        "import.splitBreaksRule",
        "{what}：数字拆分为 {cells} 个单元格的唯一方式不符合规则{rule}；按所印数字保留。",
        "{what}: the only split of the digits into {cells} cells breaks the rule {rule}; it was kept as printed.");

    internal static MessageTemplate SplitsSeparatedNumber { get; } = new(
        "import.splitsSeparatedNumber",
        "{what}：数值已分隔，但少于 {cells} 个；唯一的补足方式要拆开一个完整印出的数字，页面上没有规则能证实；各单元格留空。",
        "{what}: the values are separated but fewer than {cells}; the only way to fill the cells splits a number printed whole, which no rule on the page confirms; the cells are left blank.");

    internal static MessageTemplate AmbiguousNoRule { get; } = new(
        "import.ambiguousNoRule",
        "{what}：连在一起的数字可以有 {count} 种方式拆分为 {cells} 个单元格，表格没有可据以选择的规则；各单元格留空。",
        "{what}: the digits run together can be split into {cells} cells in {count} ways and the table has no rule to choose between them; the cells are left blank.");

    internal static MessageTemplate AmbiguousAllSatisfy { get; } = new(
        "import.ambiguousAllSatisfy",
        "{what}：连在一起的数字可以有 {count} 种方式拆分为 {cells} 个单元格，且都符合{rule}；各单元格留空。",
        "{what}: the digits run together can be split into {cells} cells in {count} ways that all satisfy {rule}; the cells are left blank.");

    internal static MessageTemplate AmbiguousNoneSatisfies { get; } = new(
        "import.ambiguousNoneSatisfies",
        "{what}：连在一起的数字可以有 {count} 种方式拆分为 {cells} 个单元格，但没有一种符合{rule}；各单元格留空。",
        "{what}: the digits run together can be split into {cells} cells in {count} ways and none satisfies {rule}; the cells are left blank.");

    internal static MessageTemplate SplitSearchLimit { get; } = new(
        "import.splitSearchLimit",
        "{what}：拆分数字所需步骤超过 {limit} 步；各单元格留空。",
        "{what}: splitting the digits needed more than {limit} steps; the cells are left blank.");

    internal static MessageTemplate EmptyLinesReadAsBlank { get; } = new(
        "import.emptyLinesReadAsBlank",
        "{what}：{count} 个空行读作空白单元格（只有这种读法符合 {cells} 个单元格）。",
        "{what}: {count} empty line(s) read as blank cells (the only reading that fits {cells} cells).");

    internal static MessageTemplate EmptyLinesAmbiguous { get; } = new(
        "import.emptyLinesAmbiguous",
        "{what}：空行既可读作空白单元格，也可读作段落间距，有 {count} 种读法符合 {cells} 个单元格，{rule}无法区分；各单元格留空。",
        "{what}: the empty lines can be read as blank cells or as spacing in {count} ways that fit {cells} cells, and {rule} does not decide; the cells are left blank.");

    internal static MessageTemplate UnreadableCells { get; } = new(
        "import.unreadableCells",
        "{what}：数值无法读作 {cells} 个单元格；各单元格留空。",
        "{what}: the values cannot be read as {cells} cells; the cells are left blank.");

    internal static MessageTemplate DecidedByColumnIdentities { get; } = new(
        "import.decidedByColumnIdentities",
        "该行的拆分有歧义，按第三部分的列勾稽关系（{rule}）确定：只有一种候选使其成立。",
        "The ambiguous row was decided by the column identities of Section 三 ({rule}): only one candidate makes them hold.");

    internal static MessageTemplate DecidedJointly { get; } = new(
        "import.decidedJointly",
        "该行的拆分有歧义，与{others}一并按第三部分的列勾稽关系（{rule}）确定：只有一种候选组合使其成立。",
        "The ambiguous row was decided together with {others} by the column identities of Section 三 ({rule}): only one combination of their candidates makes them hold.");

    internal static MessageTemplate JointSearchLimit { get; } = new(
        "import.jointSearchLimit",
        "{what}：将表格中有歧义的各行一并求解所需步骤超过 {limit} 步；各单元格留空。",
        "{what}: solving the ambiguous rows of the table together needed more than {limit} steps; the cells are left blank.");

    internal static MessageTemplate DecidedByEvidence { get; } = new(
        "import.decidedByEvidence",
        "{what}：连在一起的数字有 {count} 种拆分方式，只有一种与{evidence}相符，予以采用。",
        "{what}: the digits run together can be split in {count} ways and only one agrees with {evidence}; it was taken.");

    internal static MessageTemplate EvidenceConflicts { get; } = new(
        "import.evidenceConflicts",
        "{what}：证据相互矛盾（{evidence}），没有一种拆分方式与全部证据相符；各单元格留空。",
        "{what}: the evidence conflicts ({evidence}): no split agrees with all of it; the cells are left blank.");

    internal static MessageTemplate EvidenceNotDecisive { get; } = new(
        "import.evidenceNotDecisive",
        "{what}：与{evidence}相符的拆分方式仍有 {count} 种；各单元格留空。",
        "{what}: {count} splits still agree with {evidence}; the cells are left blank.");

    internal static MessageTemplate EvidenceStatement { get; } = new(
        "import.evidence.statement",
        "报告正文“{sentence}”（{where}，{cell}为 {value}）",
        "the report's own text “{sentence}” ({where}: {cell} is {value})");

    internal static MessageTemplate EvidenceRelation { get; } = new(
        "import.evidence.relation",
        "上一年度报告（{year}年）与规则{code}（{equation}；上一年度 {previous}）",
        "the previous year's report ({year}) by {code} ({equation}; last year {previous})");

    internal static MessageTemplate PreviousReportNotUsed { get; } = new(
        "import.previousReportNotUsed",
        "导入选项中的上一年度报告为{previousYear}年、{previousEdition}年版格式，而本页为{year}年、{edition}年版格式；未予使用。",
        "The previous report in the options is for {previousYear} in the {previousEdition} format, but this page is {year} in the {edition} format; it was not used.");

    internal static MessageTemplate BlankReadAsZero { get; } = new(
        "import.blankReadAsZero",
        "{count} 个空单元格按0读取：所印单元格之和已等于所印总计。",
        "{count} blank cell(s) read as 0: the printed cells already add up to the printed total.");

    internal static MessageTemplate BlankKept { get; } = new(
        "import.blankKept",
        "{count} 个空单元格保留为空。",
        "{count} blank cell(s) kept blank.");

    // ------------------------------------------------------------ unread cells carried by other formats

    /// <summary>The reason of an unread cell read back from CSV, which keeps only the reason's code.</summary>
    internal static MessageTemplate UnreadFromCsv { get; } = new(
        "import.unreadFromCsv",
        "未能读取（{code}）；CSV 只保留原因代码。",
        "Could not be read ({code}); the CSV keeps only the reason's code.");

    // ------------------------------------------------------------ how rules are named in messages

    /// <summary>Rule R3 as a split constraint.</summary>
    internal static MessageTemplate RowTotalRule { get; } = new(
        "import.rule.R3",
        "“总计 = 六类申请人之和”（R3）",
        "总计 = the sum of the six applicant columns (R3)");

    /// <summary>Rule R4 as a split constraint.</summary>
    internal static MessageTemplate CaseBlockTotalRule { get; } = new(
        "import.rule.R4",
        "“各栏总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结”（R4）",
        "总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 in each block (R4)");

    /// <summary>Any other rule as a split constraint: its equation and code.</summary>
    internal static MessageTemplate GenericRule { get; } = new(
        "import.rule",
        "“{equation}”（{code}）",
        "{equation} ({code})");

    // ------------------------------------------------------------ Word documents (DisclosureModel.Word)

    internal static MessageTemplate DocxLegacyWord { get; } = new(
        "import.docx.legacyWord",
        "这是旧版二进制 Word 文档（.doc），无法读取：请用 Word、WPS 或 LibreOffice 将其另存为 .docx 后再导入。",
        "This is a legacy binary Word document (.doc), which is not read: save it as .docx in Word, WPS or LibreOffice and import that.");

    internal static MessageTemplate DocxEncrypted { get; } = new(
        "import.docx.encrypted",
        "该 Word 文档已加密（受密码保护），未打开：请去除密码后再导入。",
        "The Word document is encrypted (password-protected) and was not opened: remove the password and import it again.");

    internal static MessageTemplate DocxNotWord { get; } = new(
        "import.docx.notWord",
        "输入不是 Word 文档（.docx）：{what}。",
        "The input is not a Word document (.docx): {what}.");

    internal static MessageTemplate DocxMalformed { get; } = new(
        "import.docx.malformed",
        "Word 文档已损坏，无法读取（{what}）：{detail}",
        "The Word document is damaged and cannot be read ({what}): {detail}");

    internal static MessageTemplate DocxTooLarge { get; } = new(
        "import.docx.tooLarge",
        "Word 文档超过 {limit} 字节的上限（由 ImportOptions.MaxInputLength 决定），未读取。",
        "The Word document exceeds the limit of {limit} bytes (set by ImportOptions.MaxInputLength); it was not read.");

    internal static MessageTemplate DocxPartTooLarge { get; } = new(
        "import.docx.partTooLarge",
        "Word 文档的正文部件 {part} 解压后超过 {limit} 字节的上限，未读取（可能是压缩炸弹）。",
        "The main part {part} of the Word document exceeds the limit of {limit} bytes uncompressed; it was not read (it may be a zip bomb).");

    internal static MessageTemplate DocxTooDeep { get; } = new(
        "import.docx.tooDeep",
        "Word 文档的正文部件 {part} 中 XML 嵌套超过 {limit} 层的上限，未读取。",
        "The XML of the main part {part} of the Word document nests deeper than the limit of {limit} levels; it was not read.");

    internal static MessageTemplate DocxTooManyCells { get; } = new(
        "import.docx.tooManyCells",
        "Word 文档的表格单元格超过 {limit} 个的上限，未读取。",
        "The Word document's tables have more than the limit of {limit} cells; it was not read.");

    internal static MessageTemplate DocxTooManyParts { get; } = new(
        "import.docx.tooManyParts",
        "Word 文档包含超过 {limit} 个部件的上限，未读取。",
        "The Word document holds more than the limit of {limit} parts; it was not read.");

    /// <summary>Formats a template in both languages.</summary>
    internal static ImportMessage With(this MessageTemplate template, params ReadOnlySpan<MessageArgument> args) =>
        new(template, template.FormatChinese(args), template.FormatEnglish(args));

    /// <summary>
    /// Names the rules of some equations as a split constraint, in both languages: each rule once, in the order of
    /// first appearance, joined by “、” / “ and ”.
    /// </summary>
    internal static (string Chinese, string English) DescribeRules(IEnumerable<BalancingEquation> equations)
    {
        var rules = equations.Select(e => e.Rule).Distinct().ToList();
        var chinese = rules.Select(r => RuleTemplate(r, out var args).FormatChinese(args));
        var english = rules.Select(r => RuleTemplate(r, out var args).FormatEnglish(args));
        return (string.Join("、", chinese), string.Join(" and ", english));
    }

    /// <summary>Names the rules of some equations by code, e.g. <c>R1/R2</c>.</summary>
    internal static string RuleCodes(IEnumerable<BalancingEquation> equations) =>
        string.Join('/', equations.Select(e => e.Rule.Code).Distinct());

    private static MessageTemplate RuleTemplate(RuleDefinition rule, out MessageArgument[] args)
    {
        args = [new("equation", rule.Equation), new("code", rule.Code)];
        return rule == DisclosureRules.RowTotal ? RowTotalRule
            : rule == DisclosureRules.CaseBlockTotal ? CaseBlockTotalRule
            : GenericRule;
    }
}
