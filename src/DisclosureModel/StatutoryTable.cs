namespace DisclosureModel;

/// <summary>The three statutory tables of a report, in print order.</summary>
public enum StatutoryTable
{
    /// <summary>Section 二、主动公开政府信息情况: the 第二十条 sub-tables (<see cref="DisclosureReport.ProactiveDisclosure"/>).</summary>
    ProactiveDisclosure,

    /// <summary>Section 三、收到和处理政府信息公开申请情况 (<see cref="DisclosureReport.Applications"/>).</summary>
    Applications,

    /// <summary>Section 四、政府信息公开行政复议、行政诉讼情况 (<see cref="DisclosureReport.ReviewAndLitigation"/>).</summary>
    ReviewAndLitigation,
}
