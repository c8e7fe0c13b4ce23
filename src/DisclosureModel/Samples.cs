using NodaTime;

namespace DisclosureModel;

/// <summary>
/// Real published reports, embedded as typed values, for examples, tests and the command line.
/// </summary>
/// <remarks>
/// Each sample holds the report's numbers and text exactly as published (narrative whitespace between paragraphs
/// normalised to <c>\n</c>). Each property returns the same immutable instance every time.
/// </remarks>
public static class Samples
{
    /// <summary>
    /// Gets the 2020 report of 六安市叶集区融媒体中心 (Yeji District Media Centre, Lu'an, Anhui), published
    /// 2021-01-19 08:50 in the 2019 format: 118 items proactively disclosed, no application, no review or lawsuit,
    /// every Section 三 and 四 cell 0. The seed report of this project. Its page prints the two known typos
    /// 第二十五条第(五)项 and 决定处理数量 in Section 二; the model holds the statutory labels.
    /// </summary>
    public static DisclosureReport Yeji2020 { get; } = CreateYeji2020();

    /// <summary>
    /// Gets the 2022 report of 平潭综合实验区 (Pingtan Comprehensive Experimental Zone, Fujian), published
    /// 2023-02-20 15:07 in the 2021 format: 75 applications handled (74 new, 1 carried over), 2 administrative
    /// reviews, 1 lawsuit; every table balances. The zone's own (aggregated) report.
    /// </summary>
    public static DisclosureReport Pingtan2022 { get; } = CreatePingtan2022();

    /// <summary>Gets every sample, oldest first.</summary>
    public static IReadOnlyList<DisclosureReport> All { get; } = [Yeji2020, Pingtan2022];

    private static DisclosureReport CreateYeji2020() => new()
    {
        Metadata = new ReportMetadata
        {
            AgencyName = "六安市叶集区融媒体中心",
            ReportYear = 2020,
            Edition = FormatEdition.Edition2019,
            AgencyKind = AgencyKind.Department,
            StatisticsPeriod = new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31)),
            PublishedAt = new LocalDateTime(2021, 1, 19, 8, 50),
            DownloadLocation = "六安市叶集区融媒体中心信息公开平台",
            Contact = new ContactInfo
            {
                Office = "六安市叶集区融媒体中心",
                Address = "六安市叶集区兴业大道与民生路交叉口文广中心三楼",
                Telephone = "0564-6499006",
            },
        },
        Preamble = "为贯彻落实《中华人民共和国政府信息公开条例》(以下简称《条例》),结合上级有关文件精神等要求,编制2020年度六安市叶集区融媒体中心政府信息公开年度报告。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题和改进情况及其他需要报告的事项。本年度报告中使用数据统计期限为2020年1月1日至2020年12月31日,本年度报告电子版可在六安市叶集区融媒体中心信息公开平台下载。如对本报告有任何疑问,请与六安市叶集区融媒体中心联系(地址:六安市叶集区兴业大道与民生路交叉口文广中心三楼,联系电话:0564-6499006)。",
        Overview = new OverviewSection
        {
            Introduction = "2020年,区融媒体中心在区委、区政府的领导下,在区政务公开办的业务指导下,认真学习贯彻《中华人民共和国政府信息公开条例》,抓好政务公开各项工作,立足单位职能职责,持续推动政务公开工作与新闻媒体相融合,不断拓宽政务公开的平台。",
            Parts =
            [
                new("(一)主动公开情况。", "2020年度,区融媒体中心围绕决策部署落实情况、机构领导、机构设置、政策法规等方面,主动公开信息118条。承担区级政务公开任务中,区融媒体中心积极配合区政务公开办做好新闻发布会的视频拍摄和后期制作工作,2020年,共配合完成新闻发布会23期,参加新闻发布会1期。对叶集区出台的重大政策开展图解工作,2020年,共制作图解6期,视频解读21期。在叶集区人民政府发布微信公众号,以问答方式,开展脱贫攻坚相关政策解读3期。丰富解读方式,结合网站改版工作,新建在线访谈栏目,组织开展在线访谈3期,改变了以往没有在线访谈栏目的局面。"),
                new("(二)依申请公开。", "2020年,区融媒体中心未收到依申请公开信息。"),
                new("(三)政府信息管理。", "区融媒体中心加强政务公开工作的组织领导,明确政务公开工作分管领导和具体经办人员,确保公开工作政令畅通,任务落实。建立健全政府信息公开制度,加强政务公开制度执行,严格落实公开三审制度,开展公开信息保密审查工作。对网上主动公开信息按照公开规范进行公开,推动政务公开工作规范化。全区政策性文件、重大事项均通过信息公开网进行发布。目前,区融媒体中心各平台成为区内官方信息来源主渠道。"),
                new("(四)平台建设情况。", "完成全市网站集约化平台建设和IPV6升级改造。投入资金近50万元,启动政府网规范改版提升和政务公开专题建设工作。新建在线访谈栏目,按照政务公开办要求,建设公开专题12个。开展两化专题建设和目录调整工作,方便公众获取公开信息。同时,为提高信息公开的效果,方便公众及时了解信息,区融媒体中心不断拓宽公开渠道,多途径发布政府信息,开通今日头条、抖音等网络平台;做优做强“叶集区人民政府发布”微信公众号,常态化运维@叶集区人民政府发布微博。同时加强政务微信、政务微博与区内政务新媒体的互动,通过线下及时交办网民关切事项,线上回复网民关切热点。"),
                new("(五)监督保障。", "多次参加政务公开业务培训、推进会议。参加集中办公2次,不断提升政务公开经办人员业务素质;全年根据市政务公开办反馈我单位政务公开存在的问题6次,并及时进行整改完善,公开整改清单,接受社会监督,确保持续有效提升政务公开工作成效。"),
            ],
            ProactivelyDisclosedCount = 118,
        },
        ProactiveDisclosure = new ProactiveDisclosure2019
        {
            Article20Item1 = new() { Rules = new(0, 0, 0), NormativeDocuments = new(0, 0, 0) },
            Article20Item5 = new() { AdministrativeLicensing = new(0, 0, 0), OtherExternalServices = new(0, 0, 0) },
            Article20Item6 = new() { AdministrativePenalty = new(0, 0, 0), AdministrativeCoercion = new(0, 0, 0) },
            Article20Item8 = new() { AdministrativeFees = new(0, 0) },
            Article20Item9 = new() { CentralizedProcurement = new(0, new MoneyAmount(0m, null)) },
        },
        Applications = ApplicationsTable.Zero(FormatEdition.Edition2019),
        ReviewAndLitigation = ReviewAndLitigationTable.Zero,
        ProblemsAndImprovements = "因区融媒体中心属于政府直属事业单位,承担的行政职能职责和社会关注度高的事项较少,公开目录中公开的内容说明较多。按照区级政务公开责任分工,区融媒体中心承担政策解读的职能,但是区级出台的相关政策,区融媒体中心把握不够全面,无法做到全面解读。同时,还存在部分栏目内容更新不及时、公开内容不充足等问题。\n下一步区融媒体中心将认真学习,加强队伍建设,加强管理力度,加强热点公开,拓展公开内容,进一步提高政务公开的时效性和针对性。",
        OtherMatters = "无其他需要报告事项。",
    };

    private static DisclosureReport CreatePingtan2022()
    {
        static ApplicantCounts Row(int naturalPerson, int commercialEnterprise, int total) =>
            new(naturalPerson, commercialEnterprise, 0, 0, 0, 0, total);

        return new()
        {
            Metadata = new ReportMetadata
            {
                AgencyName = "平潭综合实验区",
                ReportYear = 2022,
                Edition = FormatEdition.Edition2021,
                AgencyKind = AgencyKind.Government,
                StatisticsPeriod = new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31)),
                PublishedAt = new LocalDateTime(2023, 2, 20, 15, 7),
                SourceUrl = new Uri("https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202302/t20230220_80629.htm"),
                Contact = new ContactInfo
                {
                    Office = "平潭综合实验区管委会办公室保密与电子政务处",
                    Address = "平潭综合实验区金井湾商务营运中心7号楼14层",
                    Postcode = "350400",
                    Telephone = "0591-23165385",
                },
            },
            Preamble = "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）、《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》（国办公开办函〔2021〕30号）等文件要求，汇总平潭综合实验区各有关单位政府信息公开工作情况编制而成。本报告中所列数据统计时限为2022年1月1日至2022年12月31日。对本报告如有疑问，请与平潭综合实验区管委会办公室保密与电子政务处联系（地址：平潭综合实验区金井湾商务营运中心7号楼14层，邮编：350400，电话：0591-23165385）。",
            Overview = new OverviewSection
            {
                Introduction = "2022年，平潭综合实验区坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，在省委省政府坚强领导下，认真执行《条例》相关规定，紧紧围绕实验区党工委、管委会决策部署，强化责任担当，加强信息公开平台建设，扎实推进政务公开工作，为全区经济社会平稳健康发展提供有力保障。",
                Parts =
                [
                    new("（一）主动公开方面", "平潭综合实验区切实落实国务院办公厅、省政府办公厅关于政务公开工作有关要求，持续推进基础信息公开、深化重点领域信息公开，2022年全区共主动公开政府信息14571条。一是做好规范性文件公开。设立规范性文件库，集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件。二是做好各类规划公开。设立“十四五”规划和专项规划、空间规划、区域规划专栏，本年度公开信息77条。三是做好惠企纾困政策公开。在网站显眼位置设立专栏，发布政策文件20件，同时共享全省政策文件，助力企业“一站式”查询了解惠企纾困政策。四是做好减税降费信息公开。集中推送各项减税降费政策，助力执行单位和纳税人、缴费人第一时间了解政策；公开以税费优惠进行诈骗的典型案例，对相关企业起到警示作用。五是做好公共企事业单位信息公开。开设民生相关专栏，公开卫生健康、教育、公共交通、新闻传播、供电、供水、供气等8个领域公共企事业单位信息。六是做好疫情防控专栏优化。新增核酸检测机构、发热门诊、疫苗接种机构查询功能，规范、集中公开疫情防控信息情况，主动回应社会关切，同时将相关信息智能推送到政府网站首页显眼位置。"),
                    new("（二）依申请公开方面", "一是畅通依申请公开渠道，推动全区政务公开单位动态更新政府信息公开指南，规范申请接收渠道指引，畅通线上、线下申请渠道，督促各有关单位及时受理，提高答复时效性。二是规范依申请受理答复流程。坚持依法答复和优化办理机制“两手抓”，由各单位相应的法律职能处室参与依申请公开答复合法性审查工作，提高答复的规范性。同时，不断完善依申请公开登记、审核、办理、答复、归档等环节工作程序。2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件，均在法定期限内予以答复，办结率100%。三是加强行政复议、行政诉讼案件的处理工作。根据国务院办公厅转发《司法部关于审理政府信息公开行政复议案件若干问题指导意见的通知》，联合相应的法律职能处室以及专业律师，规范办结案件。2022年，全区政府信息公开工作方面共有行政诉讼案件1件、行政复议案件2件，均已结案。"),
                    new("（三）政府信息管理方面", "一是健全信息发布平台管理机制。实验区管委会办公室印发《政府网站和政务新媒体工作管理方案》，严格落实政府网站和政务新媒体信息发布时限、运行维护、保密安全等责任管理，确保信息发布平台安全稳定运行。二是规范信息发布全流程，实验区管委会办公室印发《政府网站和政务新媒体信息内容审核发布规范》，建立规范的信息采集、审核、发布、更新流程，加强信息内容监管，确保信息内容的真实性、完整性、可靠性、准确性和安全性。三是加强规范性文件清理，对规范性文件文号、成文日期、发布日期、有效性等要素进行规范标注，并要求各相关单位上传WORD和PDF版本的附件，最大限度方便公众搜索、下载、查阅。"),
                    new("（四）信息公开平台建设方面", "进一步加强政府门户网站和政务新媒体等线上平台建设，改版提升政府门户网站，规范全区政务新媒体管理，不断提升政府网上履职能力和服务水平。一是优化升级实验区党工委管委会政府门户网站，按照省政府办公厅发布的网站页面设计规范打造整体统一的的网站界面，并根据用户需求和业务逻辑重新设计网站导航系统；同时，上线智能问答等多项互动功能，新增社保等8个便民主题，不断升级网站服务模式。二是加强政务新媒体管理，坚持“集约开设、及时注销”的原则，对无人维护或信息更新不及时的政务新媒体进行关停，对全区现存的33个政务新媒体加强信息更新、互动服务等方面监管。三是督促各单位围绕本职工作，采用生动活泼、通俗易懂的语言，运用图标图解、音频视频等公众喜闻乐见的形式发布政策信息，提供有效互动功能，持续深入推进“互联网+政务服务”。"),
                    new("（五）监督保障方面", "一是压实工作责任。根据国务院办公厅2022年政务公开工作要点，实验区印发《2022年全区政务公开工作主要任务分解表》。实验区分管领导和办公室主要领导等多次召开工作部署会，统筹安排全区政务公开工作，明确工作任务和工作要求，细化职责分工，稳步推进全区政务公开工作。二是抓牢监督检查。结合工作考核机制进行抽查通报，全年共组织4次政务公开季度检查通报，责令相关责任人进行整改检讨，并将通报结果纳入绩效考核。定期开展“回头看”活动，聚焦重点栏目开设、信息发布规范等方面，推进3轮督促整改工作。三是落实社会评议和责任追究制度。2022年，实验区管委会政府信息公开工作积极主动接受社会评议，未发生相关责任人责任追究问题情况，未出现违反有关法律规定、造成不良影响或者严重后果的情况。"),
                ],
                ProactivelyDisclosedCount = 14571,
            },
            ProactiveDisclosure = new ProactiveDisclosure2021
            {
                Article20Item1 = new() { Rules = new(0, 0, 0), NormativeDocuments = new(88, 55, 698) },
                Article20Item5 = new() { AdministrativeLicensing = 10690 },
                Article20Item6 = new() { AdministrativePenalty = 2113, AdministrativeCoercion = 0 },
                Article20Item8 = new() { AdministrativeFees = 9116.36m },
            },
            Applications = new ApplicationsTable
            {
                NewlyReceived = Row(71, 3, 74),
                CarriedOverFromLastYear = Row(1, 0, 1),
                Outcomes = new ApplicationOutcomes2021
                {
                    Disclosed = Row(21, 0, 21),
                    PartiallyDisclosed = Row(8, 1, 9),
                    Withheld = new WithheldOutcomes
                    {
                        StateSecret = ApplicantCounts.Zero,
                        ProhibitedByLaw = ApplicantCounts.Zero,
                        EndangersSecurityOrStability = ApplicantCounts.Zero,
                        ThirdPartyRights = ApplicantCounts.Zero,
                        InternalAffairs = Row(1, 0, 1),
                        DeliberativeProcess = Row(2, 0, 2),
                        EnforcementFile = Row(1, 0, 1),
                        AdministrativeInquiry = ApplicantCounts.Zero,
                    },
                    UnableToProvide = new UnableToProvideOutcomes
                    {
                        NotHeld = Row(37, 0, 37),
                        RequiresCreation = ApplicantCounts.Zero,
                        UnclearAfterCorrection = ApplicantCounts.Zero,
                    },
                    NotProcessed = new NotProcessedOutcomes
                    {
                        PetitionOrComplaint = ApplicantCounts.Zero,
                        Repeated = ApplicantCounts.Zero,
                        Publication = ApplicantCounts.Zero,
                        Excessive = ApplicantCounts.Zero,
                        ConfirmationOfObtained = ApplicantCounts.Zero,
                    },
                    OtherHandling = new OtherHandlingOutcomes
                    {
                        CorrectionNotSubmitted = Row(2, 0, 2),
                        FeeNotPaid = ApplicantCounts.Zero,
                        Other = Row(0, 2, 2),
                    },
                    Total = Row(72, 3, 75),
                },
                CarriedForwardToNextYear = ApplicantCounts.Zero,
            },
            ReviewAndLitigation = new ReviewAndLitigationTable
            {
                AdministrativeReview = new(0, 1, 1, 0, 2),
                LitigationWithoutReview = new(1, 0, 0, 0, 1),
                LitigationAfterReview = CaseResultCounts.Zero,
            },
            ProblemsAndImprovements = "2022年，平潭综合实验区政府信息公开工作取得了一定成绩，但还存在一些问题和不足：一是重大行政决策预公开程度需进一步加强，意见征集形式较为单一。二是部分重点领域信息公开深度不足，重点项目建设未进行全流程信息公开。三是政策解读形式单一，缺少多个角度多种形式的解读。\n2023年，我区将采取以下措施加以改进。一是丰富意见征集形式，将座谈会、听证会、问卷调查和民意调查等多种方式广泛听取意见，及时公开意见反馈信息，深化重大行政决策预公开程度。二是加大重点领域公开信息整合归类力度，形成统一规范的公开标准，持续深化重点领域信息公开，不断提升信息公开的广度和深度。三是丰富政策解读形式和方式，通过发表文章、政策问答、在线访谈、答记者问、新闻发布会等形式，利用图表图解、音频、视频等多种解读方式提高解读效果。",
            OtherMatters = "2022年，无收取信息处理费情况。",
        };
    }
}
