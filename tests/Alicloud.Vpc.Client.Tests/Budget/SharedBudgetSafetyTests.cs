using System.Security.Cryptography;
using System.Text;
using Alicloud.Vpc.Client.Budget;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Alicloud.Vpc.Client.Tests.Budget;

/// <summary>
/// The shared budget's folder and file as another local user or a careless configuration leaves them (issue 22):
/// each case ends in a granted call within seconds, the budget kept in this process with one warning naming the path
/// and the reason (or the file cleaned in place), and nothing written outside the folder.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SharedBudgetSafetyTests : IDisposable
{
    private const string KeyId = "LTAI-safety-key";
    private const string Endpoint = "http://127.0.0.1:9";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-12-02T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly string _root = Directory.CreateTempSubdirectory("budget-safety-").FullName;
    private readonly RecordedWarnings _warnings = new();

    private string Folder => Path.Combine(_root, "budget");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private VpcCallBudget Budget(TimeProvider? time = null, string? folder = null, TimeSpan? lockWait = null) =>
        VpcClientFactory.CreateCallBudget(
            new ResolvedSettings { Region = "cn-hangzhou", AccessKeyId = KeyId, Endpoint = Endpoint },
            VpcQuotaOptions.Default with { SharedDirectory = folder ?? Folder, LockWait = lockWait ?? TimeSpan.FromSeconds(2) },
            time ?? _time,
            NullLoggerFactory.Instance,
            _warnings);

    /// <summary>The grants file this account would use in <see cref="Folder"/> (the folder and its salt made as the plugin makes them).</summary>
    private string GrantsFile() => BudgetFolder.FileFor(Folder, BudgetFolder.Prepare(Folder, _time), KeyId, Endpoint);

    /// <summary>The grants file, written with <paramref name="text"/> and given <paramref name="mode"/> before the budget opens it.</summary>
    private async Task<string> PlantGrantsFile(string text, UnixFileMode mode)
    {
        var grants = GrantsFile();
        await File.WriteAllTextAsync(grants, text);
        File.SetUnixFileMode(grants, mode);
        return grants;
    }

    private static async Task GrantedWithinBound(VpcCallBudget budget)
    {
        var lease = await budget.AcquireAsync("DeactivateRouterInterface", "cn-hangzhou", CancellationToken.None).AsTask().WaitAsync(Bound);
        Assert.True(lease.IsAcquired);
    }

    private void AssertOneWarning(string path, string reason)
    {
        var warning = Assert.Single(_warnings.Messages);
        Assert.Contains(path, warning, StringComparison.Ordinal);
        Assert.Contains(reason, warning, StringComparison.Ordinal);
        Assert.Contains("keeps a call budget of its own", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(KeyId, warning, StringComparison.Ordinal);
    }

    [FactRequiresRoot]
    public async Task Folder_OwnedByAnotherUser_WarnsAndKeepsTheBudgetInProcess()
    {
        Directory.CreateDirectory(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        HostileBudgetFiles.GiveToOtherUser(Folder);
        using var budget = Budget();

        await GrantedWithinBound(budget);
        await GrantedWithinBound(budget);

        AssertOneWarning(Folder, $"owned by uid {HostileBudgetFiles.OtherUser}");
        Assert.Null(budget.SharedFile);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Folder));
    }

    [Fact]
    public async Task Folder_WritableByEveryone_WarnsAndWritesNothingThere()
    {
        Directory.CreateDirectory(Folder);
        File.SetUnixFileMode(Folder, (UnixFileMode)0x1FF); // 0777, as the reproduction's attacker left it
        using var budget = Budget();

        await GrantedWithinBound(budget);

        AssertOneWarning(Folder, "its mode is 777");
        Assert.Empty(Directory.EnumerateFileSystemEntries(Folder));
    }

    [Fact]
    public async Task Folder_SymlinkToAnotherFolder_WarnsAndWritesNothingThere()
    {
        var elsewhere = Directory.CreateDirectory(Path.Combine(_root, "elsewhere"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute).FullName;
        Directory.CreateSymbolicLink(Folder, elsewhere);
        using var budget = Budget();

        await GrantedWithinBound(budget);

        AssertOneWarning(Folder, "symbolic link");
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
    }

    [Fact]
    public async Task GrantsFile_SymlinkToAVictimFile_LeavesTheVictimAsItWas()
    {
        var grants = GrantsFile();
        var victim = Path.Combine(_root, "bashrc");
        await File.WriteAllTextAsync(victim, "export PATH=$PATH:~/bin\n");
        File.CreateSymbolicLink(grants, victim);
        using var budget = Budget();

        await GrantedWithinBound(budget);

        Assert.Equal("export PATH=$PATH:~/bin\n", await File.ReadAllTextAsync(victim));
        AssertOneWarning(grants, "without following links");
    }

    [FactRequiresRoot]
    public async Task GrantsFile_OwnedByAnotherUser_WarnsInsteadOfFailingEveryCall()
    {
        var grants = await PlantGrantsFile("alicloud-vpc-grants v1\n", UnixFileMode.UserRead | UnixFileMode.UserWrite);
        HostileBudgetFiles.GiveToOtherUser(grants);
        using var budget = Budget();

        await GrantedWithinBound(budget);

        AssertOneWarning(grants, $"owned by uid {HostileBudgetFiles.OtherUser}");
    }

    [Fact]
    public async Task GrantsFile_ReadableByOthers_IsNotTrusted()
    {
        var grants = await PlantGrantsFile("alicloud-vpc-grants v1\n", (UnixFileMode)0x1B6); // 0666
        using var budget = Budget();

        await GrantedWithinBound(budget);

        AssertOneWarning(grants, "its mode is 666");
    }

    [Fact]
    public async Task GrantsFile_Fifo_NeitherBlocksNorIsUsed()
    {
        var grants = GrantsFile();
        HostileBudgetFiles.MakeFifo(grants);
        using var budget = Budget();

        await GrantedWithinBound(budget);

        AssertOneWarning(grants, "FIFO");
    }

    [Fact]
    public async Task GrantsFile_ThreeGibSparse_IsStartedAfreshWithAWarning()
    {
        var grants = GrantsFile();
        await using (var sparse = new FileStream(grants, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite }))
        {
            sparse.SetLength(3L << 30);
        }

        using var budget = Budget();
        await GrantedWithinBound(budget);

        Assert.True(new FileInfo(grants).Length < 4096);
        Assert.StartsWith("alicloud-vpc-grants v1\n", await File.ReadAllTextAsync(grants), StringComparison.Ordinal);
        Assert.Contains("started afresh", Assert.Single(_warnings.Messages), StringComparison.Ordinal);
        Assert.Equal(grants, budget.SharedFile); // still shared: the file is ours
    }

    [Fact]
    public async Task GrantsFile_GarbageBytes_IsStartedAfreshWithAWarning()
    {
        var grants = GrantsFile();
        await File.WriteAllBytesAsync(grants, RandomNumberGenerator.GetBytes(4096));
        File.SetUnixFileMode(grants, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        using var budget = Budget();

        await GrantedWithinBound(budget);

        Assert.StartsWith("alicloud-vpc-grants v1\n", await File.ReadAllTextAsync(grants), StringComparison.Ordinal);
        Assert.Contains(grants, Assert.Single(_warnings.Messages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GrantsFile_FarFutureEntries_AreDroppedNotWaitedFor()
    {
        var future = _time.GetUtcNow().AddYears(10).ToUnixTimeMilliseconds();
        var many = string.Join(',', Enumerable.Range(0, 400).Select(i => (future + i).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var grants = await PlantGrantsFile(
            $"alicloud-vpc-grants v1\n*\t999999999999999\t{many}\nDeactivateRouterInterface@cn-hangzhou\t999999999999999\t{many}\n",
            UnixFileMode.UserRead | UnixFileMode.UserWrite);
        using var budget = Budget();

        await GrantedWithinBound(budget);

        Assert.DoesNotContain(future.ToString(System.Globalization.CultureInfo.InvariantCulture), await File.ReadAllTextAsync(grants), StringComparison.Ordinal);
        Assert.Empty(_warnings.Messages);
    }

    [Fact]
    public async Task GrantsFile_ClockSteppedBack_DoesNotBlockTheAccountWindow()
    {
        using (var before = Budget())
        {
            for (var i = 0; i < 20; i++)
            {
                await GrantedWithinBound(before); // the account's window is full at the old time
            }
        }

        var steppedBack = new FakeTimeProvider(_time.GetUtcNow().AddMinutes(-10)); // NTP stepped the clock back
        using var after = Budget(steppedBack);

        await GrantedWithinBound(after);
        Assert.Empty(_warnings.Messages);
    }

    [Fact]
    public async Task GrantsFile_LockHeldByAnother_WaitsBoundedThenKeepsTheBudgetInProcess()
    {
        var grants = GrantsFile();
        await using var holder = new FileStream(grants, new FileStreamOptions
        {
            Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        }); // .NET takes flock(LOCK_EX) for FileShare.None and never lets go
#pragma warning disable RS0030 // the lock wait is real time on purpose: another open file description holds the lock
        using var budget = Budget(TimeProvider.System, lockWait: TimeSpan.FromMilliseconds(300));
#pragma warning restore RS0030

        await GrantedWithinBound(budget);
        await GrantedWithinBound(budget); // no second wait: the process keeps its own budget now

        AssertOneWarning(grants, "held its lock");
    }

    [Fact]
    public async Task FileNames_AreKeyedWithASaltOfTheUser_SoAListingCannotConfirmAKeyId()
    {
        using var budget = Budget();
        await GrantedWithinBound(budget);
        var unsalted = "grants-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"alicloud-vpc-budget/v1\n{KeyId}\n{Endpoint}")).AsSpan(0, 16));
        var otherFolder = Path.Combine(_root, "other");

        Assert.NotNull(budget.SharedFile);
        Assert.NotEqual(unsalted, Path.GetFileName(budget.SharedFile));
        Assert.NotEqual(Path.GetFileName(budget.SharedFile), Path.GetFileName(BudgetFolder.FileFor(otherFolder, BudgetFolder.Prepare(otherFolder, _time), KeyId, Endpoint)));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(Folder, "salt")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(budget.SharedFile!));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Folder));
        Assert.Empty(_warnings.Messages);
    }
}
