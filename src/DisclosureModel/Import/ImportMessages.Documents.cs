using DisclosureModel.Utility;

namespace DisclosureModel.Import;

/// <summary>The import log messages of the document-kind dispatcher (<see cref="ReportDocumentImporter"/>).</summary>
internal static partial class ImportMessages
{
    // ------------------------------------------------------------ the kind of a document, by content

    internal static MessageTemplate DocumentKindPdf { get; } = new(
        "import.documentKindPdf",
        "按内容识别为 PDF：前 1024 字节内有 %PDF- 标记。",
        "Read as PDF: the content has the %PDF- marker within its first 1 024 bytes.");

    internal static MessageTemplate DocumentKindDocx { get; } = new(
        "import.documentKindDocx",
        "按内容识别为 Word 文档（.docx）：ZIP 包中有 word/document.xml。",
        "Read as a Word document (.docx): the content is a ZIP package holding word/document.xml.");

    internal static MessageTemplate DocumentKindEncryptedDocx { get; } = new(
        "import.documentKindEncryptedDocx",
        "按内容识别为 Word 文档（.docx）：OLE 复合文件中有 EncryptedPackage 流，即加密的 .docx。",
        "Read as a Word document (.docx): the content is an OLE compound file holding an EncryptedPackage stream, an encrypted .docx.");

    internal static MessageTemplate DocumentKindLegacyWord { get; } = new(
        "import.documentKindLegacyWord",
        "按内容识别为旧版 Word 文档（.doc）：OLE 复合文件（D0 CF 11 E0），没有 EncryptedPackage 流。",
        "Recognised as a legacy Word document (.doc): the content is an OLE compound file (D0 CF 11 E0) without an EncryptedPackage stream.");

    internal static MessageTemplate DocumentKindHtml { get; } = new(
        "import.documentKindHtml",
        "按内容识别为 HTML：开头是 HTML 标记 {seen}。",
        "Read as HTML: the content starts with the HTML markup {seen}.");

    internal static MessageTemplate DocumentKindText { get; } = new(
        "import.documentKindText",
        "按内容识别为纯文本：内容可解码为文本（{encoding}），控制字符很少。",
        "Read as plain text: the content decodes as text ({encoding}) with few control characters.");

    internal static MessageTemplate DocumentKindHint { get; } = new(
        "import.documentKindHint",
        "文件名 {name} 表明是 {hinted}，但内容是 {kind}：以内容为准。",
        "The file name {name} says {hinted}, but the content is {kind}: the content decides.");

    // ------------------------------------------------------------ documents not read

    internal static MessageTemplate DocumentReaderMissing { get; } = new(
        "import.documentReaderMissing",
        "这是 {kind} 文档，但没有提供读取它的读取器：添加 {package} 包，并把 {reader} 传给 ReportDocumentImporter。",
        "This is a {kind} document, and no reader of it was given: add the {package} package and pass {reader} to the ReportDocumentImporter.");

    internal static MessageTemplate DocumentLegacyWord { get; } = new(
        "import.documentLegacyWord",
        "旧版 Word 文档（.doc）不能读取：请用 Word 或 LibreOffice 另存为 .docx（例如 soffice --headless --convert-to docx 文件名）后再导入。",
        "A legacy Word document (.doc) is not read: save it as .docx in Word or LibreOffice (for example soffice --headless --convert-to docx FILE) and import that.");

    internal static MessageTemplate DocumentImage { get; } = new(
        "import.documentImage",
        "这是 {format} 图像，不是含文字的文档：需要先做文字识别（OCR）；没有报告。",
        "This is a {format} image, not a document with text: text recognition (OCR) is needed first; there is no report.");

    internal static MessageTemplate DocumentZipNotDocx { get; } = new(
        "import.documentZipNotDocx",
        "这是 ZIP 压缩包，但其中没有 word/document.xml，不是 Word 文档（.docx）：请解压后导入其中的报告文件。",
        "This is a ZIP archive without word/document.xml, not a Word document (.docx): extract it and import the report file inside.");

    internal static MessageTemplate DocumentRtf { get; } = new(
        "import.documentRtf",
        "这是 RTF 文档，不能读取：请用 Word 或 LibreOffice 另存为 .docx 后再导入。",
        "This is an RTF document, which is not read: save it as .docx in Word or LibreOffice and import that.");

    internal static MessageTemplate DocumentBinary { get; } = new(
        "import.documentBinary",
        "内容不是文本、HTML、PDF 或 Word 文档：看起来是二进制数据（第 {offset} 字节起有控制字节或无法解码的字节）；没有报告。",
        "The content is not text, HTML, PDF or a Word document: it looks like binary data (control or undecodable bytes from byte {offset}); there is no report.");

    internal static MessageTemplate DocumentEmpty { get; } = new(
        "import.documentEmpty",
        "文档为空（0 字节）；没有报告。",
        "The document is empty (0 bytes); there is no report.");

    internal static MessageTemplate DocumentTooLarge { get; } = new(
        "import.documentTooLarge",
        "文档超过 {limit} 字节的上限（ReportDocumentImporter.MaxDocumentLength），未读取；没有报告。",
        "The document exceeds the limit of {limit} bytes (ReportDocumentImporter.MaxDocumentLength); it was not read, and there is no report.");
}
