using Alicloud.Vpc.Client.Budget;
using Alicloud.Vpc.Client.Tests.Budget;
using Alicloud.Vpc.Client.Transitions;
using Microsoft.Extensions.Time.Testing;

namespace Alicloud.Vpc.Client.Tests.Transitions;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class LearntTransitionStoreTests : IDisposable
{
    private static readonly LearntTransition s_deleting = new(TimeSpan.FromSeconds(4.6), TimeSpan.FromSeconds(5.1));
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-12-07T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly string _root = Path.Combine(Path.GetTempPath(), "transition-store-tests-" + Guid.NewGuid().ToString("N"));
    private readonly RecordedWarnings _warnings = new();

    public LearntTransitionStoreTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Folder => Path.Combine(_root, "budget");

    private ILearntTransitionStore Store(string? directory = null, string key = "LTAI-test-key", string? endpoint = null) =>
        LearntTransitionStores.Create(
            new ResolvedSettings { AccessKeyId = key, AccessKeySecret = "secret", Region = "cn-hangzhou", Endpoint = endpoint },
            VpcQuotaOptions.Default with { SharedDirectory = directory ?? Folder },
            _time,
            _warnings);

    [Fact]
    public async Task Record_ThenLoadInAFreshStore_StartsInformed()
    {
        await Store().RecordAsync("Deleting", s_deleting, CancellationToken.None);

        var loaded = await Store().LoadAsync(CancellationToken.None); // a new process: a new store on the same folder

        Assert.Equal(s_deleting, loaded["Deleting"]);
        Assert.Empty(_warnings.Messages);
        var file = Assert.Single(Directory.GetFiles(Folder, BudgetFolder.TransitionsPrefix + "*"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.DoesNotContain("LTAI", file, StringComparison.Ordinal);
        Assert.DoesNotContain("LTAI", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_OtherEndpointOrKey_SeesNothingLearntElsewhere()
    {
        await Store(endpoint: "http://127.0.0.1:9000").RecordAsync("Deleting", s_deleting, CancellationToken.None); // an emulator

        Assert.Empty(await Store().LoadAsync(CancellationToken.None)); // the cloud's endpoint
        Assert.Empty(await Store(key: "LTAI-other-key", endpoint: "http://127.0.0.1:9000").LoadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Record_SecondTime_ReplacesTheFirst()
    {
        var store = Store();
        await store.RecordAsync("Deleting", s_deleting, CancellationToken.None);
        var later = new LearntTransition(TimeSpan.FromSeconds(2.9), TimeSpan.FromSeconds(3.2));
        await store.RecordAsync("Deleting", later, CancellationToken.None);

        Assert.Equal(later, (await Store().LoadAsync(CancellationToken.None))["Deleting"]);
    }

    [Fact]
    public async Task Load_EntryOlderThanThirtyDays_IsForgotten()
    {
        await Store().RecordAsync("Deleting", s_deleting, CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(31));

        Assert.Empty(await Store().LoadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Folder_WritableByEveryone_WarnsOnceAndKeepsNothing()
    {
        Directory.CreateDirectory(Folder);
        File.SetUnixFileMode(Folder, (UnixFileMode)0x1FF); // 0777
        var store = Store();

        await store.RecordAsync("Deleting", s_deleting, CancellationToken.None);
        var loaded = await store.LoadAsync(CancellationToken.None);

        Assert.Empty(loaded);
        var warning = Assert.Single(_warnings.Messages);
        Assert.Contains(Folder, warning, StringComparison.Ordinal);
        Assert.Contains("mode", warning, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Folder, BudgetFolder.TransitionsPrefix + "*"));
    }

    [Fact]
    public async Task File_SymlinkToAVictimFile_LeavesTheVictimAsItWas()
    {
        var path = await TransitionsFileAsync();
        var victim = Path.Combine(_root, "victim");
        await File.WriteAllTextAsync(victim, "precious");
        File.Delete(path);
        File.CreateSymbolicLink(path, victim);

        await Store().RecordAsync("Deleting", s_deleting, CancellationToken.None);

        Assert.Equal("precious", await File.ReadAllTextAsync(victim));
        Assert.Contains("link", Assert.Single(_warnings.Messages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_ReadableByOthers_IsNotTrusted()
    {
        var path = await TransitionsFileAsync();
        File.SetUnixFileMode(path, (UnixFileMode)0x1A4); // 0644

        Assert.Empty(await Store().LoadAsync(CancellationToken.None));
        Assert.Contains("mode", Assert.Single(_warnings.Messages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_Oversized_IsReadAsNothingAndStartedAfresh()
    {
        var path = await TransitionsFileAsync();
        await using (var stream = new FileStream(path, FileMode.Open))
        {
            stream.SetLength(3L * 1024 * 1024 * 1024); // sparse
        }

        Assert.Empty(await Store().LoadAsync(CancellationToken.None));
        await Store().RecordAsync("Deleting", s_deleting, CancellationToken.None);
        Assert.True(new FileInfo(path).Length < TransitionLog.MaxFileBytes);
        Assert.Equal(s_deleting, (await Store().LoadAsync(CancellationToken.None))["Deleting"]);
    }

    [Fact]
    public async Task NoSharedFolder_KeepsNothingAndSaysNothing()
    {
        var store = LearntTransitionStores.Create(
            new ResolvedSettings { AccessKeyId = "LTAI-test-key", AccessKeySecret = "secret", Region = "cn-hangzhou" }, VpcQuotaOptions.Default, _time, _warnings);

        await store.RecordAsync("Deleting", s_deleting, CancellationToken.None);

        Assert.Empty(await store.LoadAsync(CancellationToken.None));
        Assert.Empty(_warnings.Messages);
    }

    [Fact]
    public void PrepareFolder_TransitionsUnwrittenForADay_StayUnwrittenForAMonth_Go()
    {
        BudgetFolder.Prepare(Folder, _time);
        var week = Path.Combine(Folder, BudgetFolder.TransitionsPrefix + "week");
        var month = Path.Combine(Folder, BudgetFolder.TransitionsPrefix + "month");
        File.WriteAllText(week, "");
        File.WriteAllText(month, "");
        File.SetLastWriteTimeUtc(week, _time.GetUtcNow().UtcDateTime.AddDays(-7));
        File.SetLastWriteTimeUtc(month, _time.GetUtcNow().UtcDateTime.AddDays(-31));

        BudgetFolder.Prepare(Folder, _time);

        Assert.True(File.Exists(week)); // a grant log this old would be gone: a fresh process next week starts informed
        Assert.False(File.Exists(month));
    }

    /// <summary>Creates the store's file with one entry (through the store) and returns its path.</summary>
    private async Task<string> TransitionsFileAsync()
    {
        await Store().RecordAsync("Deactivating", s_deleting, CancellationToken.None);
        return Assert.Single(Directory.GetFiles(Folder, BudgetFolder.TransitionsPrefix + "*"));
    }
}
