using System.CommandLine;
using DisclosureModel;
using DisclosureModel.Cli;

Console.OutputEncoding = System.Text.Encoding.UTF8;

var editionOption = new Option<string?>("--edition")
{
    Description = "Which embedded sample: 2019 (叶集区融媒体中心 2020, the default) or 2021 (平潭综合实验区 2022).",
};
editionOption.AcceptOnlyFromAmong("2019", "2021");

var sampleCommand = new Command("sample", "Print an embedded sample report as canonical text.") { editionOption };
sampleCommand.SetAction(parse =>
{
    Console.Out.Write(CanonicalText.Format(Commands.PickSample(parse.GetValue(editionOption))));
    return 0;
});

var checkCommand = new Command("check", "Check the balancing of an embedded sample report and print its summary (the default command).") { editionOption };
checkCommand.SetAction(parse => Commands.Check(Commands.PickSample(parse.GetValue(editionOption)), Console.Out));

var root = new RootCommand("disclosure: government information disclosure annual reports (政府信息公开工作年度报告).")
{
    sampleCommand,
    checkCommand,
};
root.SetAction(_ => Commands.Check(Samples.Yeji2020, Console.Out));

return root.Parse(args).Invoke();
