// SPDX-License-Identifier: MIT
// kubeconfig loading as kubectl/client-go does it: merging, relative paths, every credential kind
// and the validation errors, on the fixtures in tests/data/kubeconfig.
#include "core/kubeconfig.h"
#include "core/kubeconfigpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kvd::AuthKind;
using kvd::Kubeconfig;
using kvd::KubeconfigIssue;
using kvd::KubeconfigSource;

Q_DECLARE_METATYPE(kvd::AuthKind)

namespace {

QString dataDir()
{
    return QStringLiteral(KVDOCTOR_TEST_DATA "/kubeconfig");
}

QString fixture(const QString &name)
{
    return dataDir() + u'/' + name;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject expectedJson(const QString &name)
{
    return QJsonDocument::fromJson(readFile(fixture(u"expected/"_s + name))).object();
}

Kubeconfig loadFiles(const QStringList &files)
{
    KubeconfigSource source;
    source.files = files;
    return Kubeconfig::load(source);
}

Kubeconfig loadExplicit(const QString &file)
{
    KubeconfigSource source;
    source.explicitFile = file;
    source.files = {file};
    return Kubeconfig::load(source);
}

QString issuesText(const QList<KubeconfigIssue> &issues)
{
    QStringList lines;
    for (const KubeconfigIssue &issue : issues)
        lines.append(issue.toString());
    return lines.join(u'\n');
}

QList<KubeconfigIssue> errorsOf(const QList<KubeconfigIssue> &issues)
{
    QList<KubeconfigIssue> errors;
    for (const KubeconfigIssue &issue : issues) {
        if (issue.severity == KubeconfigIssue::Severity::Error)
            errors.append(issue);
    }
    return errors;
}

} // namespace

class TestKubeconfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contextsJsonOfFixtures_data();
    void contextsJsonOfFixtures();
    void aksAdminCarriesCertificateAndToken();
    void aadExecWithNullEnv();
    void convertedAzureCli();
    void azureAuthProviderIsExplained();
    void authKinds_data();
    void authKinds();
    void authKindPrecedence_data();
    void authKindPrecedence();
    void authKindIds();
    void clusterOptions();
    void userDetails();
    void mergeThreeFiles_data();
    void mergeThreeFiles();
    void mergeRelativePathsPerFile();
    void mergeKeepsWholeFirstEntry();
    void missingFilesAreSkipped();
    void allFilesMissingWarns();
    void explicitFileMustExist();
    void explicitFileIsNotMerged();
    void loadDefaultFollowsEnvironment();
    void badYamlReportsLineAndOthersStillLoad();
    void notAMapping();
    void emptyFileIsValid();
    void unreadableFileIsAnError();
    void badEntries_data();
    void badEntries();
    void currentContextNamingMissingContext();
    void unknownContext();
    void errorsNeverContainSecrets();
    void warnings();
    void base64WithLineBreaks();
    void duplicateNameInOneFile();
    void issueToString();
    void aliasBombIsBounded();
    void windowsLineEndingsAndBom();
};

void TestKubeconfig::contextsJsonOfFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("aks-admin.yaml") << u"aks-admin.yaml"_s << u"aks-admin.json"_s;
    QTest::newRow("aks-aad-exec.yaml") << u"aks-aad-exec.yaml"_s << u"aks-aad-exec.json"_s;
    QTest::newRow("aks-azurecli.yaml") << u"aks-azurecli.yaml"_s << u"aks-azurecli.json"_s;
    QTest::newRow("aks-authprovider-azure.yaml") << u"aks-authprovider-azure.yaml"_s << u"aks-authprovider-azure.json"_s;
    QTest::newRow("kinds.yaml") << u"kinds.yaml"_s << u"kinds.json"_s;
    QTest::newRow("config.json") << u"config.json"_s << u"config.json"_s;
    QTest::newRow("empty.yaml") << u"empty.yaml"_s << u"empty.json"_s;
}

void TestKubeconfig::contextsJsonOfFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const Kubeconfig config = loadExplicit(fixture(file));
    QVERIFY2(config.fatalErrors().isEmpty(), qPrintable(config.fatalErrors().join(u'\n')));
    QCOMPARE(config.loadedFiles(), QStringList{fixture(file)});
    const QJsonObject want = expectedJson(expected);
    QVERIFY(!want.isEmpty());
    QCOMPARE(config.contextsJson(), want);
}

void TestKubeconfig::aksAdminCarriesCertificateAndToken()
{
    const Kubeconfig config = loadExplicit(fixture(u"aks-admin.yaml"_s));
    QVERIFY2(!config.hasErrors(), qPrintable(issuesText(config.issues())));
    QString error;
    const auto resolved = config.resolve({}, &error);
    QVERIFY2(resolved, qPrintable(error));
    QCOMPARE(resolved->context.name, u"myAKS-admin"_s);
    QCOMPARE(resolved->authKind, AuthKind::ClientCert);
    // Both credentials are kept: client-go sends the certificate and the token.
    QCOMPARE(resolved->user.token, u"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s);
    QCOMPARE(resolved->user.clientCertificateData, readFile(fixture(u"certs/client.pem"_s)));
    QCOMPARE(resolved->user.clientKeyData, readFile(fixture(u"certs/client-key.pem"_s)));
    QCOMPARE(resolved->cluster.certificateAuthorityData, readFile(fixture(u"certs/ca.pem"_s)));
    QVERIFY(resolved->cluster.certificateAuthority.isEmpty());
    QCOMPARE(resolved->context.effectiveNamespace(), u"default"_s);
    QCOMPARE(resolved->cluster.origin, fixture(u"aks-admin.yaml"_s));
}

void TestKubeconfig::aadExecWithNullEnv()
{
    const Kubeconfig config = loadExplicit(fixture(u"aks-aad-exec.yaml"_s));
    QVERIFY2(!config.hasErrors(), qPrintable(issuesText(config.issues())));
    QString error;
    const auto resolved = config.resolve(u"kv-aad-prod"_s, &error);
    QVERIFY2(resolved, qPrintable(error));
    QCOMPARE(resolved->authKind, AuthKind::Exec);
    QVERIFY(resolved->user.exec.has_value());
    const kvd::ExecConfig &exec = *resolved->user.exec;
    QCOMPARE(exec.apiVersion, u"client.authentication.k8s.io/v1beta1"_s);
    QCOMPARE(exec.command, u"kubelogin"_s); // no separator: left for the PATH lookup
    QCOMPARE(exec.args,
             (QStringList{u"get-token"_s, u"--environment"_s, u"AzurePublicCloud"_s, u"--server-id"_s,
                          u"6dae42f8-4368-4678-94ff-3960e28e3630"_s, u"--client-id"_s,
                          u"80faf920-1908-4b52-b5ef-a8e7bedfc67a"_s, u"--tenant-id"_s,
                          u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s, u"--login"_s, u"devicecode"_s}));
    QVERIFY(exec.env.isEmpty());
    QCOMPARE(exec.installHint, u"\nkubelogin is not installed which is required to connect to AAD enabled cluster.\n\n"
                               u"To learn more, please go to https://aka.ms/aks/kubelogin\n"_s);
    QCOMPARE(exec.interactiveMode, u"IfAvailable"_s); // v1beta1 default
    QVERIFY(!exec.provideClusterInfo);
    QCOMPARE(resolved->context.effectiveNamespace(), u"kube-system"_s);
}

void TestKubeconfig::convertedAzureCli()
{
    const Kubeconfig config = loadExplicit(fixture(u"aks-azurecli.yaml"_s));
    QVERIFY2(!config.hasErrors(), qPrintable(issuesText(config.issues())));
    const kvd::KubeUser *user = config.user(u"clusterUser_rg-secrets_kv-aad-prod"_s);
    QVERIFY(user && user->exec);
    QCOMPARE(user->exec->args.mid(0, 3), (QStringList{u"get-token"_s, u"--login"_s, u"azurecli"_s}));
    QCOMPARE(user->exec->interactiveMode, u"IfAvailable"_s);
    QVERIFY(config.contextIssues(u"kv-aad-prod"_s).isEmpty());
}

void TestKubeconfig::azureAuthProviderIsExplained()
{
    const QString file = fixture(u"aks-authprovider-azure.yaml"_s);
    const Kubeconfig config = loadExplicit(file);
    const kvd::KubeUser *user = config.user(u"clusterUser_rg-legacy_legacy-aad"_s);
    QVERIFY(user && user->authProvider);
    QCOMPARE(user->authProvider->name, u"azure"_s);
    QCOMPARE(user->authProvider->config.value(u"apiserver-id"_s), u"6dae42f8-4368-4678-94ff-3960e28e3630"_s);
    QCOMPARE(user->authProvider->config.value(u"config-mode"_s), u"1"_s);
    QCOMPARE(kvd::authKindOf(*user), AuthKind::AuthProvider);

    const QList<KubeconfigIssue> errors = errorsOf(config.contextIssues(u"legacy-aad"_s));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().file, file);
    QCOMPARE(errors.first().entry, u"user \"clusterUser_rg-legacy_legacy-aad\""_s);
    QVERIFY2(errors.first().message.contains(u"removed in kubectl 1.26"_s), qPrintable(errors.first().message));
    QVERIFY2(errors.first().message.contains(u"kubelogin convert-kubeconfig -l azurecli"_s),
             qPrintable(errors.first().message));
    QString error;
    QVERIFY(!config.resolve(u"legacy-aad"_s, &error));
    QVERIFY(error.contains(u"kubelogin convert-kubeconfig"_s));
}

void TestKubeconfig::authKinds_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<AuthKind>("kind");
    QTest::newRow("token") << u"token"_s << AuthKind::Token;
    QTest::newRow("tokenfile") << u"tokenfile"_s << AuthKind::TokenFile;
    QTest::newRow("cert") << u"cert"_s << AuthKind::ClientCert;
    QTest::newRow("basic") << u"basic"_s << AuthKind::Basic;
    QTest::newRow("exec") << u"exec"_s << AuthKind::Exec;
    QTest::newRow("oidc") << u"oidc"_s << AuthKind::AuthProvider;
    QTest::newRow("anonymous") << u"anonymous"_s << AuthKind::None;
}

void TestKubeconfig::authKinds()
{
    QFETCH(QString, context);
    QFETCH(AuthKind, kind);
    const Kubeconfig config = loadExplicit(fixture(u"kinds.yaml"_s));
    QVERIFY2(!config.hasErrors(), qPrintable(issuesText(config.issues())));
    QString error;
    const auto resolved = config.resolve(context, &error);
    QVERIFY2(resolved, qPrintable(error));
    QCOMPARE(resolved->authKind, kind);
}

void TestKubeconfig::authKindPrecedence_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<AuthKind>("kind");
    QTest::newRow("nothing") << QStringList{} << AuthKind::None;
    QTest::newRow("token+tokenFile") << QStringList{u"token"_s, u"tokenFile"_s} << AuthKind::Token;
    QTest::newRow("cert+token") << QStringList{u"cert"_s, u"token"_s} << AuthKind::ClientCert;
    QTest::newRow("certdata-only") << QStringList{u"certdata"_s} << AuthKind::ClientCert;
    QTest::newRow("exec+cert") << QStringList{u"exec"_s, u"cert"_s} << AuthKind::Exec;
    QTest::newRow("authprovider+token") << QStringList{u"authProvider"_s, u"token"_s} << AuthKind::AuthProvider;
    QTest::newRow("password-only") << QStringList{u"password"_s} << AuthKind::Basic;
    QTest::newRow("tokenFile+basic") << QStringList{u"tokenFile"_s, u"username"_s} << AuthKind::TokenFile;
}

void TestKubeconfig::authKindPrecedence()
{
    QFETCH(QStringList, fields);
    QFETCH(AuthKind, kind);
    kvd::KubeUser user;
    if (fields.contains(u"token"_s))
        user.token = u"t"_s;
    if (fields.contains(u"tokenFile"_s))
        user.tokenFile = u"/t"_s;
    if (fields.contains(u"cert"_s))
        user.clientCertificate = u"/c.pem"_s;
    if (fields.contains(u"certdata"_s))
        user.clientCertificateData = "PEM";
    if (fields.contains(u"exec"_s))
        user.exec = kvd::ExecConfig{};
    if (fields.contains(u"authProvider"_s))
        user.authProvider = kvd::AuthProviderConfig{};
    if (fields.contains(u"username"_s))
        user.username = u"u"_s;
    if (fields.contains(u"password"_s))
        user.password = u"p"_s;
    QCOMPARE(kvd::authKindOf(user), kind);
}

void TestKubeconfig::authKindIds()
{
    const QList<std::pair<AuthKind, QString>> ids{
        {AuthKind::None, u"none"_s},         {AuthKind::Token, u"token"_s},
        {AuthKind::TokenFile, u"tokenFile"_s}, {AuthKind::ClientCert, u"clientCert"_s},
        {AuthKind::Basic, u"basic"_s},       {AuthKind::Exec, u"exec"_s},
        {AuthKind::AuthProvider, u"authProvider"_s}};
    QSet<QString> names;
    for (const auto &[kind, id] : ids) {
        QCOMPARE(kvd::authKindId(kind), id);
        QVERIFY(!kvd::authKindDisplayName(kind).isEmpty());
        names.insert(kvd::authKindDisplayName(kind));
    }
    QCOMPARE(names.size(), ids.size());
}

void TestKubeconfig::clusterOptions()
{
    const Kubeconfig config = loadExplicit(fixture(u"kinds.yaml"_s));
    const kvd::KubeCluster *options = config.cluster(u"options"_s);
    QVERIFY(options);
    QCOMPARE(options->server, u"https://api.example.test:443/prefix"_s);
    QCOMPARE(options->tlsServerName, u"kubernetes.default.svc"_s);
    QCOMPARE(options->proxyUrl, u"socks5://127.0.0.1:1080"_s);
    QVERIFY(options->disableCompression);
    QVERIFY(!options->insecureSkipTlsVerify);
    QCOMPARE(options->certificateAuthority, fixture(u"certs/ca.pem"_s)); // relative to kinds.yaml
    QCOMPARE(QJsonDocument::fromJson(options->execExtension).object(),
             (QJsonObject{{u"audience"_s, u"6dae42f8-4368-4678-94ff-3960e28e3630"_s},
                          {u"retries"_s, 3},
                          {u"interactive"_s, false}}));

    const kvd::KubeCluster *insecure = config.cluster(u"insecure"_s);
    QVERIFY(insecure);
    QVERIFY(insecure->insecureSkipTlsVerify);
    QVERIFY(!insecure->disableCompression);
    QVERIFY(insecure->execExtension.isEmpty());
    QVERIFY(insecure->proxyUrl.isEmpty());
}

void TestKubeconfig::userDetails()
{
    const Kubeconfig config = loadExplicit(fixture(u"kinds.yaml"_s));
    const kvd::KubeUser *exec = config.user(u"exec-user"_s);
    QVERIFY(exec && exec->exec);
    QCOMPARE(exec->exec->apiVersion, u"client.authentication.k8s.io/v1"_s);
    QCOMPARE(exec->exec->command, fixture(u"bin/get-token"_s)); // has a separator: resolved
    QCOMPARE(exec->exec->args, (QStringList{u"--audience"_s, u"kvdoctor"_s}));
    QCOMPARE(exec->exec->env, (QList<kvd::ExecEnvVar>{{u"AZURE_CONFIG_DIR"_s, u"/tmp/azure"_s}, {u"EMPTY"_s, QString()}}));
    QCOMPARE(exec->exec->installHint, u"Install get-token from https://example.test"_s); // ANSI removed
    QCOMPARE(exec->exec->interactiveMode, u"Never"_s);
    QVERIFY(exec->exec->provideClusterInfo);
    QCOMPARE(exec->impersonate, u"jane@example.com"_s);
    QCOMPARE(exec->impersonateUid, u"1234"_s);
    QCOMPARE(exec->impersonateGroups, (QStringList{u"developers"_s, u"secrets-readers"_s}));
    QCOMPARE(exec->impersonateUserExtra.value(u"reason"_s), QStringList{u"troubleshooting"_s});

    const kvd::KubeUser *tokenFile = config.user(u"tokenfile-user"_s);
    QVERIFY(tokenFile);
    QCOMPARE(tokenFile->tokenFile, fixture(u"tokens/sa-token"_s));
    const kvd::KubeUser *cert = config.user(u"cert-user"_s);
    QVERIFY(cert);
    QCOMPARE(cert->clientCertificate, fixture(u"certs/client.pem"_s));
    QCOMPARE(cert->clientKey, fixture(u"certs/client-key.pem"_s));
    const kvd::KubeUser *basic = config.user(u"basic-user"_s);
    QVERIFY(basic);
    QCOMPARE(basic->username, u"admin"_s);
    QCOMPARE(basic->password, u"not-a-real-password"_s);
    const kvd::KubeUser *oidc = config.user(u"oidc-user"_s);
    QVERIFY(oidc && oidc->authProvider);
    QCOMPARE(oidc->authProvider->name, u"oidc"_s);
    QCOMPARE(oidc->authProvider->config.value(u"idp-issuer-url"_s), u"https://login.example.test"_s);

    // A bare exec command stays as written (PATH lookup), an absolute one too.
    const Kubeconfig bare = Kubeconfig::fromData(
        "users:\n- name: a\n  user:\n    exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: kubelogin}\n"
        "- name: b\n  user:\n    exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: /usr/bin/kubelogin}\n",
        u"/somewhere/config"_s);
    QCOMPARE(bare.user(u"a"_s)->exec->command, u"kubelogin"_s);
    QCOMPARE(bare.user(u"b"_s)->exec->command, u"/usr/bin/kubelogin"_s);
}

void TestKubeconfig::mergeThreeFiles_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("expected");
    const QString a = fixture(u"merge/a.yaml"_s);
    const QString b = fixture(u"merge/b/b.yaml"_s);
    const QString c = fixture(u"merge/c/c.yaml"_s);
    QTest::newRow("a-b-c") << QStringList{a, b, c} << u"merge-abc.json"_s;
    QTest::newRow("c-b-a") << QStringList{c, b, a} << u"merge-cba.json"_s;
    // Missing entries and duplicates in the list change nothing.
    QTest::newRow("a-missing-b-a-c-b") << QStringList{a, fixture(u"merge/missing.yaml"_s), b, a, c, b}
                                       << u"merge-abc.json"_s;
}

void TestKubeconfig::mergeThreeFiles()
{
    QFETCH(QStringList, files);
    QFETCH(QString, expected);
    const Kubeconfig config = loadFiles(files);
    QVERIFY2(!config.hasErrors(), qPrintable(issuesText(config.issues())));
    QCOMPARE(config.loadedFiles().size(), 3);
    QCOMPARE(config.contextsJson(), expectedJson(expected));
}

void TestKubeconfig::mergeRelativePathsPerFile()
{
    const Kubeconfig config = loadFiles(
        {fixture(u"merge/a.yaml"_s), fixture(u"merge/b/b.yaml"_s), fixture(u"merge/c/c.yaml"_s)});
    QCOMPARE(config.cluster(u"shared"_s)->certificateAuthority, fixture(u"merge/ca-a.pem"_s));
    QCOMPARE(config.cluster(u"only-b"_s)->certificateAuthority, fixture(u"merge/b/ca.pem"_s));
    QCOMPARE(config.cluster(u"only-c"_s)->certificateAuthority, fixture(u"certs/ca.pem"_s));
    QCOMPARE(config.user(u"b-user"_s)->tokenFile, fixture(u"merge/b/token"_s));
    QCOMPARE(config.user(u"c-user"_s)->exec->command, fixture(u"merge/c/kubelogin"_s));
    QCOMPARE(config.cluster(u"only-b"_s)->origin, fixture(u"merge/b/b.yaml"_s));
    QCOMPARE(config.context(u"from-c"_s)->origin, fixture(u"merge/c/c.yaml"_s));
    QCOMPARE(config.currentContextOrigin(), fixture(u"merge/b/b.yaml"_s));
}

void TestKubeconfig::mergeKeepsWholeFirstEntry()
{
    const Kubeconfig config = loadFiles(
        {fixture(u"merge/a.yaml"_s), fixture(u"merge/b/b.yaml"_s), fixture(u"merge/c/c.yaml"_s)});
    // Fields the first definition lacks are not filled in from later files.
    QVERIFY(config.cluster(u"shared"_s)->tlsServerName.isEmpty());
    QVERIFY(config.user(u"shared-user"_s)->username.isEmpty());
    QVERIFY(config.user(u"b-user"_s)->token.isEmpty());
    QCOMPARE(config.cluster(u"only-b"_s)->server, u"https://only-b.example.test:443"_s);
    QCOMPARE(config.context(u"shared"_s)->namespaceName, u"ns-a"_s);
    QCOMPARE(config.clusters().size(), 4);
    QCOMPARE(config.users().size(), 3);
}

void TestKubeconfig::missingFilesAreSkipped()
{
    const Kubeconfig config = loadFiles({fixture(u"nope-1.yaml"_s), fixture(u"merge/a.yaml"_s)});
    QVERIFY2(config.issues().isEmpty(), qPrintable(issuesText(config.issues())));
    QCOMPARE(config.files(), (QStringList{fixture(u"nope-1.yaml"_s), fixture(u"merge/a.yaml"_s)}));
    QCOMPARE(config.loadedFiles(), QStringList{fixture(u"merge/a.yaml"_s)});
    QCOMPARE(config.contexts().size(), 2);
}

void TestKubeconfig::allFilesMissingWarns()
{
    const Kubeconfig config = loadFiles({fixture(u"nope-1.yaml"_s), fixture(u"nope-2.yaml"_s)});
    QCOMPARE(config.issues().size(), 1);
    QCOMPARE(config.issues().first().severity, KubeconfigIssue::Severity::Warning);
    QVERIFY(config.issues().first().message.contains(QDir::toNativeSeparators(fixture(u"nope-1.yaml"_s))));
    QVERIFY(config.issues().first().message.contains(QDir::toNativeSeparators(fixture(u"nope-2.yaml"_s))));
    QCOMPARE(config.fatalErrors().size(), 1);
    QVERIFY(config.contexts().isEmpty());

    const Kubeconfig none = loadFiles({});
    QCOMPARE(none.fatalErrors().size(), 1);
}

void TestKubeconfig::explicitFileMustExist()
{
    const QString file = fixture(u"does-not-exist.yaml"_s);
    const Kubeconfig config = loadExplicit(file);
    QCOMPARE(config.issues().size(), 1);
    QCOMPARE(config.issues().first().severity, KubeconfigIssue::Severity::Error);
    QCOMPARE(config.issues().first().file, file);
    QVERIFY(config.issues().first().message.contains(u"does not exist"_s));
    QCOMPARE(config.fatalErrors().size(), 1);
    QVERIFY(config.fatalErrors().first().contains(QDir::toNativeSeparators(file)));
    QString error;
    QVERIFY(!config.resolve({}, &error));
    QVERIFY(error.contains(QDir::toNativeSeparators(file)));
}

void TestKubeconfig::explicitFileIsNotMerged()
{
    KubeconfigSource source;
    source.explicitFile = fixture(u"merge/c/c.yaml"_s);
    source.files = {fixture(u"merge/a.yaml"_s), fixture(u"merge/b/b.yaml"_s)};
    const Kubeconfig config = Kubeconfig::load(source);
    QCOMPARE(config.loadedFiles(), QStringList{fixture(u"merge/c/c.yaml"_s)});
    QCOMPARE(config.currentContext(), u"from-c"_s);
    QVERIFY(!config.context(u"only-a"_s));
}

void TestKubeconfig::loadDefaultFollowsEnvironment()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir(home.path()).mkpath(u".kube"_s));
    QVERIFY(QFile::copy(fixture(u"aks-admin.yaml"_s), home.filePath(u".kube/config"_s)));
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldKubeconfig = qgetenv("KUBECONFIG");
    qputenv("HOME", home.path().toLocal8Bit());
#ifndef Q_OS_WIN
    qunsetenv("KUBECONFIG");
    QCOMPARE(Kubeconfig::loadDefault().currentContext(), u"myAKS-admin"_s);
    const QString list = fixture(u"merge/c/c.yaml"_s) + u':' + fixture(u"merge/a.yaml"_s);
    qputenv("KUBECONFIG", list.toLocal8Bit());
    const Kubeconfig fromEnv = Kubeconfig::loadDefault();
    QCOMPARE(fromEnv.currentContext(), u"from-c"_s);
    QCOMPARE(fromEnv.loadedFiles().size(), 2);
    QCOMPARE(Kubeconfig::loadDefault(fixture(u"merge/a.yaml"_s)).loadedFiles(), QStringList{fixture(u"merge/a.yaml"_s)});
#endif
    qputenv("HOME", oldHome);
    if (oldKubeconfig.isNull())
        qunsetenv("KUBECONFIG");
    else
        qputenv("KUBECONFIG", oldKubeconfig);
}

void TestKubeconfig::badYamlReportsLineAndOthersStillLoad()
{
    const QString bad = fixture(u"bad/syntax.yaml"_s);
    const Kubeconfig config = loadFiles({bad, fixture(u"merge/a.yaml"_s)});
    QCOMPARE(config.fatalErrors().size(), 1);
    const QList<KubeconfigIssue> errors = errorsOf(config.issues());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().file, bad);
    QVERIFY2(errors.first().message.contains(u"line 6"_s), qPrintable(errors.first().message));
    QVERIFY(config.fatalErrors().first().contains(QDir::toNativeSeparators(bad)));
    // The other file still loads.
    QCOMPARE(config.contexts().size(), 2);
    QVERIFY(config.context(u"shared"_s));
}

void TestKubeconfig::notAMapping()
{
    const QString file = fixture(u"bad/not-a-mapping.yaml"_s);
    const Kubeconfig config = loadExplicit(file);
    QCOMPARE(config.fatalErrors().size(), 1);
    QCOMPARE(config.issues().first().file, file);
    QVERIFY(config.issues().first().message.contains(u"not a kubeconfig"_s));

    // Wrong types deeper down are entry errors with a position, not crashes.
    const Kubeconfig typed = Kubeconfig::fromData("clusters: {name: x}\nusers:\n- just-a-string\n"
                                                  "contexts:\n- name: c\n  context: [a, b]\n",
                                                  u"/tmp/typed.yaml"_s);
    QVERIFY(typed.fatalErrors().isEmpty());
    const QString text = issuesText(typed.issues());
    QVERIFY2(text.contains(u"clusters (line 1, column 11) must be a list"_s), qPrintable(text));
    QVERIFY2(text.contains(u"line 3"_s), qPrintable(text));
    QVERIFY2(text.contains(u"context \"c\""_s), qPrintable(text));
}

void TestKubeconfig::emptyFileIsValid()
{
    const QString file = fixture(u"empty.yaml"_s);
    const Kubeconfig config = loadFiles({file, fixture(u"merge/a.yaml"_s)});
    QVERIFY2(config.issues().isEmpty(), qPrintable(issuesText(config.issues())));
    QCOMPARE(config.loadedFiles(), (QStringList{file, fixture(u"merge/a.yaml"_s)}));

    const Kubeconfig comments = Kubeconfig::fromData("# nothing here yet\n", u"/tmp/comments.yaml"_s);
    QVERIFY(comments.issues().isEmpty());
    QVERIFY(comments.contexts().isEmpty());
    QVERIFY(comments.contextsJson().value(u"currentContext"_s).isNull());
}

void TestKubeconfig::unreadableFileIsAnError()
{
    // A directory in the list exists but cannot be read as a file (works for root too).
    const QString dir = fixture(u"certs"_s);
    const Kubeconfig config = loadFiles({dir, fixture(u"merge/a.yaml"_s)});
    QCOMPARE(config.fatalErrors().size(), 1);
    QCOMPARE(errorsOf(config.issues()).first().file, dir);
    QCOMPARE(config.contexts().size(), 2);
}

void TestKubeconfig::badEntries_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("message");

    const QString refs = u"bad/refs.yaml"_s;
    QTest::newRow("context-missing-cluster") << refs << u"missing-cluster"_s << u"context \"missing-cluster\""_s
                                             << u"cluster \"nowhere\" is not defined"_s;
    QTest::newRow("context-missing-user") << refs << u"missing-user"_s << u"context \"missing-user\""_s
                                          << u"user \"nobody\" is not defined"_s;
    QTest::newRow("context-no-cluster") << refs << u"no-cluster"_s << u"context \"no-cluster\""_s
                                        << u"no cluster is set"_s;
    QTest::newRow("context-bad-namespace") << refs << u"bad-namespace"_s << u"context \"bad-namespace\""_s
                                           << u"namespace \"Not_A_Label\""_s;

    const QString clusters = u"bad/clusters.yaml"_s;
    QTest::newRow("ca-and-insecure") << clusters << u"ca-and-insecure"_s << u"cluster \"ca-and-insecure\""_s
                                     << u"insecure-skip-tls-verify is set together with a certificate authority"_s;
    QTest::newRow("missing-ca-file") << clusters << u"missing-ca-file"_s << u"cluster \"missing-ca-file\""_s
                                     << u"cannot read certificate-authority "_s
                                            + QDir::toNativeSeparators(fixture(u"bad/no-such-ca.pem"_s));
    QTest::newRow("no-server") << clusters << u"no-server"_s << u"cluster \"no-server\""_s << u"no server is set"_s;
    QTest::newRow("bad-base64") << clusters << u"bad-base64"_s << u"cluster \"bad-base64\""_s
                                << u"certificate-authority-data (line 20, column 33) is not valid base64"_s;
    QTest::newRow("pem-not-base64") << clusters << u"pem-not-base64"_s << u"cluster \"pem-not-base64\""_s
                                    << u"holds PEM text"_s;
    QTest::newRow("bad-proxy") << clusters << u"bad-proxy"_s << u"cluster \"bad-proxy\""_s
                               << u"proxy-url must be an http://, https:// or socks5:// URL"_s;
    QTest::newRow("bad-bool") << clusters << u"bad-bool"_s << u"cluster \"bad-bool\""_s
                              << u"insecure-skip-tls-verify (line 33, column 31) must be true or false"_s;

    const QString users = u"bad/users.yaml"_s;
    const auto user = [&](const char *name, const QString &message) {
        const QString n = QString::fromLatin1(name);
        QTest::newRow(name) << users << n << u"user \"%1\""_s.arg(n) << message;
    };
    user("cert-without-key", u"client-certificate is set but client-key-data or client-key is missing"_s);
    user("key-without-cert", u"client-key is set but client-certificate-data or client-certificate is missing"_s);
    user("unreadable-cert", u"cannot read client-certificate "_s
                                + QDir::toNativeSeparators(fixture(u"bad/no-such-cert.pem"_s)));
    user("unreadable-key", u"cannot read client-key "_s + QDir::toNativeSeparators(fixture(u"bad/no-such-key.pem"_s)));
    user("unreadable-token-file",
         u"cannot read tokenFile "_s + QDir::toNativeSeparators(fixture(u"bad/no-such-token"_s)));
    user("exec-no-command", u"exec has no command"_s);
    user("exec-no-apiversion", u"exec has no apiVersion"_s);
    user("exec-v1alpha1", u"exec apiVersion \"client.authentication.k8s.io/v1alpha1\" is not supported"_s);
    user("exec-v1-no-interactive", u"exec interactiveMode must be set"_s);
    user("exec-bad-interactive", u"exec interactiveMode \"Sometimes\" is invalid"_s);
    user("exec-and-authprovider", u"exec and auth-provider are both set"_s);
    user("token-and-basic", u"more than one authentication method"_s);
    user("gcp", u"gcp auth-provider was removed in kubectl 1.26"_s);
    user("impersonate-groups-only", u"without \"as\""_s);
    user("bad-key-data", u"client-key-data (line 72, column 22) is not valid base64"_s);
}

void TestKubeconfig::badEntries()
{
    QFETCH(QString, file);
    QFETCH(QString, context);
    QFETCH(QString, entry);
    QFETCH(QString, message);
    const QString path = fixture(file);
    const Kubeconfig config = loadExplicit(path);
    QVERIFY2(config.fatalErrors().isEmpty(), qPrintable(config.fatalErrors().join(u'\n')));

    const QList<KubeconfigIssue> errors = errorsOf(config.contextIssues(context));
    bool found = false;
    for (const KubeconfigIssue &issue : errors)
        found = found || (issue.file == path && issue.entry == entry && issue.message.contains(message));
    QVERIFY2(found, qPrintable(u"no error [%1: %2: ...%3...] among:\n%4"_s.arg(path, entry, message, issuesText(errors))));
    // The same error is in the flat list too.
    QVERIFY(config.hasErrors());
    QVERIFY(config.issues().contains(errors.first()));

    QString error;
    QVERIFY(!config.resolve(context, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)) && error.contains(entry), qPrintable(error));

    // Other contexts of the same file stay usable.
    if (file == u"bad/refs.yaml"_s) {
        QVERIFY(config.contextIssues(u"fine"_s).isEmpty());
        QVERIFY(config.resolve(u"fine"_s, &error));
    }
}

void TestKubeconfig::currentContextNamingMissingContext()
{
    const QString path = fixture(u"bad/refs.yaml"_s);
    const Kubeconfig config = loadExplicit(path);
    QCOMPARE(config.currentContext(), u"does-not-exist"_s);
    bool found = false;
    for (const KubeconfigIssue &issue : config.issues()) {
        found = found
            || (issue.severity == KubeconfigIssue::Severity::Error && issue.file == path
                && issue.entry == u"current-context"_s
                && issue.message == u"context was not found for specified context: does-not-exist"_s);
    }
    QVERIFY2(found, qPrintable(issuesText(config.issues())));
    QString error;
    QVERIFY(!config.resolve({}, &error));
    QVERIFY2(error.contains(u"does-not-exist"_s), qPrintable(error));
    QCOMPARE(config.contextsJson().value(u"currentContext"_s).toString(), u"does-not-exist"_s);
}

void TestKubeconfig::unknownContext()
{
    const QString path = fixture(u"kinds.yaml"_s);
    const Kubeconfig config = loadExplicit(path);
    QString error;
    QVERIFY(!config.resolve(u"no-such-context"_s, &error));
    QVERIFY2(error.contains(u"context \"no-such-context\""_s) && error.contains(QDir::toNativeSeparators(path)),
             qPrintable(error));
    const QList<KubeconfigIssue> issues = config.contextIssues(u"no-such-context"_s);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, KubeconfigIssue::Severity::Error);
}

void TestKubeconfig::errorsNeverContainSecrets()
{
    const Kubeconfig config = loadExplicit(fixture(u"bad/users.yaml"_s));
    QVERIFY(config.hasErrors());
    QString all = issuesText(config.issues());
    for (const QString &context : {u"token-and-basic"_s, u"bad-key-data"_s}) {
        QString error;
        QVERIFY(!config.resolve(context, &error));
        all += u'\n' + error;
    }
    for (const QString &secret : {u"secret-token-value-1"_s, u"secret-password-value-2"_s, u"secret-key-material"_s})
        QVERIFY2(!all.contains(secret), qPrintable(secret));
}

void TestKubeconfig::warnings()
{
    const QByteArray ca = readFile(fixture(u"certs/ca.pem"_s)).toBase64();
    const Kubeconfig config = Kubeconfig::fromData(
        "clusters:\n- name: both\n  cluster:\n    server: https://x.example.test\n"
        "    certificate-authority: " + fixture(u"certs/ca.pem"_s).toUtf8() + "\n"
        "    certificate-authority-data: " + ca + "\n"
        "users:\n- name: typo\n  user:\n    token-file: /var/run/token\n"
        "- name: oidc\n  user:\n    auth-provider: {name: oidc, config: {id-token: x}}\n"
        "contexts:\n- {name: both, context: {cluster: both, user: typo}}\n"
        "- {name: oidc, context: {cluster: both, user: oidc}}\n",
        u"/tmp/warnings.yaml"_s);
    QVERIFY2(!config.hasErrors(), qPrintable(issuesText(config.issues())));
    const QString text = issuesText(config.issues());
    QVERIFY2(text.contains(u"cluster \"both\": both certificate-authority and certificate-authority-data are set"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"user \"typo\": \"token-file\" is not a kubeconfig key"_s), qPrintable(text));
    QVERIFY2(text.contains(u"user \"oidc\": the oidc auth-provider is deprecated"_s), qPrintable(text));
    QString error;
    QVERIFY2(config.resolve(u"oidc"_s, &error), qPrintable(error)); // warnings do not block
    QCOMPARE(config.cluster(u"both"_s)->certificateAuthorityData, readFile(fixture(u"certs/ca.pem"_s)));
}

void TestKubeconfig::base64WithLineBreaks()
{
    const QByteArray pem = readFile(fixture(u"certs/ca.pem"_s));
    // A literal block keeps the line breaks, which Go's base64 decoder skips.
    const QByteArray folded = pem.toBase64().insert(40, "\n      ");
    const Kubeconfig config = Kubeconfig::fromData(
        "clusters:\n- name: c\n  cluster:\n    server: https://x.example.test\n"
        "    certificate-authority-data: |\n      " + folded + "\n",
        u"/tmp/folded.yaml"_s);
    QVERIFY2(!config.hasErrors(), qPrintable(issuesText(config.issues())));
    QCOMPARE(config.cluster(u"c"_s)->certificateAuthorityData, pem);
}

void TestKubeconfig::duplicateNameInOneFile()
{
    const QString path = fixture(u"bad/users.yaml"_s);
    const Kubeconfig config = loadExplicit(path);
    QCOMPARE(config.user(u"dup"_s)->token, u"first"_s);
    bool found = false;
    for (const KubeconfigIssue &issue : config.issues())
        found = found || (issue.file == path && issue.entry == u"user \"dup\""_s
                          && issue.message.contains(u"defined more than once"_s));
    QVERIFY2(found, qPrintable(issuesText(config.issues())));
}

void TestKubeconfig::issueToString()
{
    const KubeconfigIssue full{KubeconfigIssue::Severity::Error, u"/a/config"_s, u"user \"u\""_s, u"broken"_s};
    QCOMPARE(full.toString(), QDir::toNativeSeparators(u"/a/config"_s) + u": user \"u\": broken"_s);
    const KubeconfigIssue noEntry{KubeconfigIssue::Severity::Warning, u"/a/config"_s, QString(), u"odd"_s};
    QCOMPARE(noEntry.toString(), QDir::toNativeSeparators(u"/a/config"_s) + u": odd"_s);
    const KubeconfigIssue messageOnly{KubeconfigIssue::Severity::Warning, QString(), QString(), u"odd"_s};
    QCOMPARE(messageOnly.toString(), u"odd"_s);
}

void TestKubeconfig::aliasBombIsBounded()
{
    // Ten levels of ten aliases would be 10^10 nodes if the exec extension were expanded naively.
    QByteArray yaml = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 10; ++i) {
        const QByteArray prev = "*l" + QByteArray::number(i - 1);
        yaml += "l" + QByteArray::number(i) + ": &l" + QByteArray::number(i) + " [" + prev;
        for (int j = 1; j < 10; ++j)
            yaml += ", " + prev;
        yaml += "]\n";
    }
    yaml += "clusters:\n- name: c\n  cluster:\n    server: https://x.example.test\n    insecure-skip-tls-verify: true\n"
            "    extensions:\n    - name: client.authentication.k8s.io/exec\n      extension: {deep: *l9}\n";
    const Kubeconfig config = Kubeconfig::fromData(yaml, u"/tmp/bomb.yaml"_s);
    QVERIFY(config.cluster(u"c"_s));
    QVERIFY(!config.cluster(u"c"_s)->execExtension.isEmpty());
    QVERIFY(issuesText(config.issues()).contains(u"too large"_s));
}

void TestKubeconfig::windowsLineEndingsAndBom()
{
    // Notepad on Windows saves with a BOM and CRLF line endings.
    const QByteArray yaml = "\xEF\xBB\xBF" "apiVersion: v1\r\nkind: Config\r\ncurrent-context: win\r\n"
                            "clusters:\r\n- name: c\r\n  cluster:\r\n    server: https://win.example.test\r\n"
                            "    insecure-skip-tls-verify: true\r\n"
                            "users:\r\n- name: u\r\n  user:\r\n    token: abc\r\n"
                            "contexts:\r\n- name: win\r\n  context: {cluster: c, user: u}\r\n";
    const Kubeconfig config = Kubeconfig::fromData(yaml, u"C:/Users/me/.kube/config"_s);
    QVERIFY2(!config.hasErrors(), qPrintable(issuesText(config.issues())));
    QCOMPARE(config.currentContext(), u"win"_s);
    QCOMPARE(config.cluster(u"c"_s)->server, u"https://win.example.test"_s);
    QCOMPARE(config.user(u"u"_s)->token, u"abc"_s);
}

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "tst_kubeconfig.moc"
