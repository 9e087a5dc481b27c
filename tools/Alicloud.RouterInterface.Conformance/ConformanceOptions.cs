using System.Globalization;

namespace Alicloud.RouterInterface.Conformance;

/// <summary>The command line of <c>alicloud-routerinterface-conformance</c>; credentials come from the provider's chain.</summary>
internal sealed record ConformanceOptions
{
    public const string DefaultNamePrefix = "ri-conformance-";

    public required string Region { get; init; }

    public string? Endpoint { get; init; }

    public string? ReportPath { get; init; }

    public string NamePrefix { get; init; } = DefaultNamePrefix;

    public bool CreateBillableResources { get; init; }

    /// <summary>How long B4 watches a Deleted row before it reports "at least" this long.</summary>
    public TimeSpan DeletedRowWatch { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>How often a wait looks again.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    public bool Help { get; init; }

    public const string Usage = """
        usage: alicloud-routerinterface-conformance --region REGION [options]

        Answers, on the account of the provider's credential chain, the unknowns B1-B10 of the VPC API
        (which the emulator plays as variants). Without --create-billable-resources it only reads and
        prints what it would create.

          --region REGION              region to probe in (required)
          --endpoint URL               VPC endpoint override (the emulator, a private endpoint)
          --report PATH                write the JSON report here (else it goes to stdout)
          --name-prefix PREFIX         name of everything it creates and sweeps (default ri-conformance-)
          --create-billable-resources  consent: create 2 VPCs, 3 router interfaces (Mini.2, pay-as-you-go),
                                       2 route entries (+1 VPC and 2 interfaces with the opposite account)
          --deleted-row-watch SECONDS  how long B4 watches a Deleted row (default 300)
          --poll-interval SECONDS      how often waits look again (default 0.5)

        Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID/SECRET (+ SECURITY_TOKEN), ALIBABA_CLOUD_PROFILE or
        ~/.aliyun/config.json, as the provider; B7 needs the other account's
        ALICLOUD_ROUTERINTERFACE_OPPOSITE_ACCESS_KEY_ID/SECRET or ..._OPPOSITE_PROFILE.
        """;

    /// <exception cref="FormatException">A bad or missing option; the message names it.</exception>
    public static ConformanceOptions Parse(IReadOnlyList<string> args)
    {
        string? region = null, endpoint = null, report = null, prefix = null;
        bool consent = false, help = false;
        TimeSpan watch = TimeSpan.FromSeconds(300), poll = TimeSpan.FromMilliseconds(500);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--region": region = Value(args, ref i); break;
                case "--endpoint": endpoint = Value(args, ref i); break;
                case "--report": report = Value(args, ref i); break;
                case "--name-prefix": prefix = Value(args, ref i); break;
                case "--create-billable-resources": consent = true; break;
                case "--deleted-row-watch": watch = Seconds(arg, Value(args, ref i), 0, 3600); break;
                case "--poll-interval": poll = Seconds(arg, Value(args, ref i), 0.05, 60); break;
                case "-h" or "--help": help = true; break;
                default: throw new FormatException($"unknown option '{arg}' (see --help)");
            }
        }

        if (help)
        {
            return new ConformanceOptions { Region = region ?? "", Help = true };
        }

        if (string.IsNullOrWhiteSpace(region))
        {
            throw new FormatException("--region is required (e.g. --region cn-hangzhou)");
        }

        if (prefix is not null && (prefix.Length is < 3 or > 40 || !prefix.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') || !char.IsAsciiLetter(prefix[0])))
        {
            throw new FormatException("--name-prefix must be 3-40 letters, digits, '-' or '_', starting with a letter");
        }

        return new ConformanceOptions
        {
            Region = region.Trim(),
            Endpoint = endpoint,
            ReportPath = report,
            NamePrefix = prefix ?? DefaultNamePrefix,
            CreateBillableResources = consent,
            DeletedRowWatch = watch,
            PollInterval = poll,
        };
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        var option = args[i];
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal) || string.IsNullOrWhiteSpace(args[i + 1]))
        {
            throw new FormatException($"{option} needs a value");
        }

        return args[++i];
    }

    private static TimeSpan Seconds(string option, string text, double min, double max) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= min && seconds <= max
            ? TimeSpan.FromSeconds(seconds)
            : throw new FormatException($"{option} must be a number of seconds from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, got '{text}'");
}
