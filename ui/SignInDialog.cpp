#include "SignInDialog.h"

#include "account/Account.h"
#include "account/AccountRegistry.h"
#include "api/ApiCredentials.h"
#include "api/DeskproApi.h"
#include "api/HelpdeskAddress.h"
#include "api/HelpdeskClient.h"
#include "api/HelpdeskDiscovery.h"
#include "api/IssuedToken.h"
#include "auth/SsoSignIn.h"
#include "content/LinkPolicy.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

// The steps' coroutines take everything they use by value (shared objects by shared_ptr), so
// that a dialog closed in the middle leaves nothing dangling; their answers go back through
// QCoro::connect, which drops them when the dialog is gone.

QCoro::Task<HelpdeskDiscovery::Result> discoverAt(std::shared_ptr<QNetworkAccessManager> network,
                                                  HelpdeskAddress address)
{
    HelpdeskDiscovery discovery(network.get());
    co_return co_await discovery.discover(std::move(address));
}

QCoro::Task<ApiResult<IssuedToken>> requestApiToken(QUrl helpdesk, QString email, QString password)
{
    HelpdeskClient client(helpdesk);
    DeskproApi api(&client);
    co_return co_await api.requestApiToken(std::move(email), std::move(password));
}

QCoro::Task<ApiResult<IssuedToken>> redeemDeviceLink(QUrl helpdesk, QString code)
{
    HelpdeskClient client(helpdesk);
    DeskproApi api(&client);
    co_return co_await api.redeemDeviceSetup(std::move(code));
}

QCoro::Task<SsoSignIn::Outcome> runSso(std::shared_ptr<HelpdeskClient> client, std::shared_ptr<SsoSignIn> sso)
{
    Q_UNUSED(client) // kept alive while the flow runs
    co_return co_await sso->run();
}

// A device link as the agent copies it (…/api/v2/api_tokens/device_setup/<code>), or the code.
QString deviceCode(const QString &typed)
{
    const QString text = typed.trimmed();
    const QString marker = QStringLiteral("/device_setup/");
    const qsizetype at = text.indexOf(marker);
    QString code = at >= 0 ? text.mid(at + marker.size()) : text;
    const qsizetype end = code.indexOf(QRegularExpression(QStringLiteral("[/?#]")));
    if (end >= 0)
        code.truncate(end);
    return code;
}

bool openInSystemBrowser(const QUrl &url)
{
    // Only web addresses reach the platform's URL handler (the policy ticket links follow, minus
    // mailto: an authorization endpoint is a web page).
    if (!LinkPolicy::isOpenable(url) || url.scheme() == QLatin1String("mailto"))
        return false;
    return QDesktopServices::openUrl(url);
}

} // namespace

SignInDialog::SignInDialog(AccountRegistry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_network(std::make_shared<QNetworkAccessManager>())
    , m_opener(openInSystemBrowser)
    , m_ssoTimeout(std::chrono::minutes(5))
{
    setWindowTitle(tr("Sign in to a helpdesk"));

    m_pages = new QStackedWidget(this);
    buildAddressPage();
    buildMethodsPage();

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("message"));

    m_linkRow = new QWidget(this);
    auto *linkLayout = new QHBoxLayout(m_linkRow);
    linkLayout->setContentsMargins(0, 0, 0, 0);
    m_linkField = new QLineEdit(m_linkRow);
    m_linkField->setReadOnly(true);
    m_linkField->setAccessibleName(tr("Sign-in address"));
    auto *copy = new QPushButton(tr("Copy"), m_linkRow);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_linkField->text()); });
    linkLayout->addWidget(m_linkField, 1);
    linkLayout->addWidget(copy);
    m_linkRow->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_back = buttons->addButton(tr("Back"), QDialogButtonBox::ResetRole);
    m_signIn = buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_signIn->setDefault(true);
    m_back->hide();
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (m_pages->currentIndex() == 0)
            discover();
        else
            signIn();
    });
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(0);
        m_back->hide();
        m_signIn->setText(tr("Continue"));
        showMessage({}, false);
        m_address->setFocus();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_busy)
            cancelSso(); // Cancel ends what is running; a second Cancel closes the dialog
        else
            reject();
    });

    auto *layout = new QVBoxLayout(this);
    // At least this wide; wider when the tabs and words of the agent's language need it (a
    // minimum width set on the dialog itself would keep its layout from growing it).
    layout->addSpacerItem(new QSpacerItem(500, 0, QSizePolicy::Fixed, QSizePolicy::Fixed));
    layout->addWidget(m_pages);
    layout->addWidget(m_message);
    layout->addWidget(m_linkRow);
    layout->addWidget(buttons);
}

SignInDialog::~SignInDialog()
{
    // A flow still waiting closes its loopback port now.
    if (m_sso)
        m_sso->cancel();
}

void SignInDialog::buildAddressPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Type your helpdesk's address, as you open it in a browser."), page);
    intro->setWordWrap(true);
    m_address = new QLineEdit(page);
    m_address->setPlaceholderText(tr("example.deskpro.com"));
    m_address->setAccessibleName(tr("Helpdesk address"));
    layout->addWidget(intro);
    layout->addWidget(m_address);
    layout->addStretch();
    m_pages->addWidget(page);
}

void SignInDialog::buildMethodsPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    m_foundLabel = new QLabel(page);
    m_foundLabel->setWordWrap(true);
    m_foundLabel->setObjectName(QStringLiteral("found"));
    m_methods = new QTabWidget(page);
    // Every method's tab in view, however long its name in the agent's language: the dialog
    // grows rather than hiding tabs behind scroll arrows.
    m_methods->setUsesScrollButtons(false);

    auto *sso =
        new QLabel(tr("Sign in with your helpdesk's single sign-on in your web browser. Deskhand never "
                      "sees your password there."),
                   m_methods);
    sso->setWordWrap(true);
    m_methods->addTab(sso, tr("Single sign-on"));

    auto *keyPage = new QWidget(m_methods);
    auto *keyForm = new QFormLayout(keyPage);
    m_apiKey = new QLineEdit(keyPage);
    m_apiKey->setEchoMode(QLineEdit::Password); // pasted, never shown
    m_apiKey->setPlaceholderText(tr("12:ABCDEFGHIJKLMNOP"));
    keyForm->addRow(tr("API key:"), m_apiKey);
    auto *keyHint =
        new QLabel(tr("An administrator creates API keys in the helpdesk's admin interface."), keyPage);
    keyHint->setWordWrap(true);
    keyForm->addRow(keyHint);
    m_methods->addTab(keyPage, tr("API key"));

    auto *passwordPage = new QWidget(m_methods);
    auto *passwordForm = new QFormLayout(passwordPage);
    m_email = new QLineEdit(passwordPage);
    m_password = new QLineEdit(passwordPage);
    m_password->setEchoMode(QLineEdit::Password);
    passwordForm->addRow(tr("E-mail:"), m_email);
    passwordForm->addRow(tr("Password:"), m_password);
    auto *passwordHint = new QLabel(
        tr("Deskhand exchanges your password for a token once and does not keep it."), passwordPage);
    passwordHint->setWordWrap(true);
    passwordForm->addRow(passwordHint);
    m_methods->addTab(passwordPage, tr("E-mail and password"));

    auto *devicePage = new QWidget(m_methods);
    auto *deviceForm = new QFormLayout(devicePage);
    m_deviceLink = new QLineEdit(devicePage);
    m_deviceLink->setEchoMode(QLineEdit::Password); // the link signs in whoever holds it
    deviceForm->addRow(tr("Device link:"), m_deviceLink);
    auto *deviceHint =
        new QLabel(tr("In the helpdesk's agent interface, open Preferences and set up a device; "
                      "paste the link it shows."),
                   devicePage);
    deviceHint->setWordWrap(true);
    deviceForm->addRow(deviceHint);
    m_methods->addTab(devicePage, tr("Device link"));

    layout->addWidget(m_foundLabel);
    layout->addWidget(m_methods);
    m_pages->addWidget(page);
}

std::unique_ptr<Account> SignInDialog::takeAccount()
{
    return std::move(m_account);
}

void SignInDialog::setAddress(const QString &typed)
{
    m_address->setText(typed);
}

QString SignInDialog::message() const
{
    return m_message->text();
}

QUrl SignInDialog::linkToCopy() const
{
    return m_linkRow->isVisible() || !m_link.isEmpty() ? m_link : QUrl();
}

void SignInDialog::chooseMethod(Method method)
{
    m_methods->setCurrentIndex(int(method));
}

void SignInDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_pages->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
    m_back->setEnabled(!busy);
    m_cancel->setEnabled(true);
    if (!message.isEmpty() || !busy)
        showMessage(message, false);
}

void SignInDialog::showMessage(const QString &message, bool problem)
{
    m_message->setText(message);
    QFont font = m_message->font();
    font.setBold(problem); // a problem stands out; what is happening does not
    m_message->setFont(font);
}

void SignInDialog::discover()
{
    if (m_busy)
        return;
    const HelpdeskAddress address = HelpdeskAddress::parse(m_address->text());
    if (!address.isValid()) {
        showMessage(address.error(), true);
        emit discovered(false);
        return;
    }
    setBusy(true, tr("Looking for a helpdesk at %1…").arg(address.url().toDisplayString()));
    const int attempt = ++m_attempt;
    QCoro::connect(discoverAt(m_network, address), this,
                   [this, address, attempt](const HelpdeskDiscovery::Result &result) {
                       if (attempt != m_attempt)
                           return; // cancelled meanwhile
                       setBusy(false);
                       if (!result.ok()) {
                           showMessage(result.message, true);
                           emit discovered(false);
                           return;
                       }
                       m_found = result.info;
                       m_helpdeskUrl = address.url();
                       const QString version =
                           m_found.buildName.isEmpty() ? m_found.build : m_found.buildName;
                       m_foundLabel->setText(tr("Found %1: Deskpro %2, %3.")
                                                 .arg(m_helpdeskUrl.host(), version,
                                                      m_found.isCloud
                                                          ? tr("in Deskpro's cloud")
                                                          : tr("on-premises (hosted by your organisation)")));
                       m_pages->setCurrentIndex(1);
                       m_back->show();
                       m_signIn->setText(tr("Sign in"));
                       showMessage({}, false);
                       // The size the methods need: every tab, every wrapped hint at full height.
                       adjustSize();
                       emit discovered(true);
                   });
}

void SignInDialog::signIn()
{
    if (m_busy || m_helpdeskUrl.isEmpty())
        return;
    m_linkRow->hide();
    m_link.clear();
    switch (Method(m_methods->currentIndex())) {
    case Method::SingleSignOn:
        startSso();
        return;
    case Method::ApiKey: {
        const QString key = m_apiKey->text().trimmed();
        m_apiKey->clear(); // never shown again, whatever happens next
        if (key.isEmpty() || key.contains(QLatin1Char(' ')) || !key.contains(QLatin1Char(':'))) {
            showMessage(tr("Paste the whole API key, like 12:ABCDEFGHIJ."), true);
            emit signInFailed(message());
            return;
        }
        finishWith(ApiCredentials::apiKey(key), int(AccountInfo::SignInMethod::ApiKey));
        return;
    }
    case Method::Password: {
        const QString email = m_email->text().trimmed();
        const QString password = m_password->text();
        m_password->clear();
        if (email.isEmpty() || password.isEmpty()) {
            showMessage(tr("Type your e-mail address and your password."), true);
            emit signInFailed(message());
            return;
        }
        setBusy(true, tr("Signing in as %1…").arg(email));
        const int attempt = ++m_attempt;
        QCoro::connect(
            requestApiToken(m_helpdeskUrl, email, password), this,
            [this, attempt](const ApiResult<IssuedToken> &token) {
                if (attempt != m_attempt)
                    return; // cancelled meanwhile
                if (!token) {
                    setBusy(false);
                    const ApiError &error = token.error();
                    showMessage(
                        error.kind == ApiError::Kind::Unauthorized
                            ? tr("The helpdesk did not accept this e-mail address and password. Check them, "
                                 "or sign in another way: single sign-on, an API key or a device link.")
                            : error.message,
                        true);
                    emit signInFailed(message());
                    return;
                }
                finishWith(ApiCredentials::apiToken(token->token), int(AccountInfo::SignInMethod::ApiToken));
            });
        return;
    }
    case Method::DeviceLink: {
        const QString code = deviceCode(m_deviceLink->text());
        m_deviceLink->clear();
        if (code.isEmpty()) {
            showMessage(tr("Paste the device link the helpdesk showed you."), true);
            emit signInFailed(message());
            return;
        }
        setBusy(true, tr("Using the device link…"));
        const int attempt = ++m_attempt;
        QCoro::connect(
            redeemDeviceLink(m_helpdeskUrl, code), this,
            [this, attempt](const ApiResult<IssuedToken> &token) {
                if (attempt != m_attempt)
                    return; // cancelled meanwhile
                if (!token) {
                    setBusy(false);
                    const ApiError &error = token.error();
                    showMessage(
                        error.kind == ApiError::Kind::NotFound ||
                                error.kind == ApiError::Kind::Unauthorized ||
                                error.kind == ApiError::Kind::Invalid
                            ? tr("This device link does not work (any more): each works once. Set up the "
                                 "device again in the helpdesk and paste the new link.")
                            : error.message,
                        true);
                    emit signInFailed(message());
                    return;
                }
                finishWith(ApiCredentials::apiToken(token->token), int(AccountInfo::SignInMethod::ApiToken));
            });
        return;
    }
    }
}

void SignInDialog::startSso()
{
    auto client = std::make_shared<HelpdeskClient>(m_helpdeskUrl);
    auto opener = [this](const QUrl &url) { return m_opener && m_opener(url); };
    m_sso = std::make_shared<SsoSignIn>(client.get(), QStringLiteral("deskhand"), opener);
    m_sso->setTimeout(m_ssoTimeout);
    connect(m_sso.get(), &SsoSignIn::browserNotOpened, this, [this](const QUrl &url) {
        m_link = url;
        m_linkField->setText(url.toString(QUrl::FullyEncoded));
        m_linkRow->show();
        showMessage(tr("No web browser could be opened. Open this address in a browser and sign in there; "
                       "Deskhand is waiting for it."),
                    false);
        emit waitingForBrowser(true);
    });
    setBusy(true, tr("Sign in in the browser window that opened; Deskhand is waiting for it. Cancel stops."));
    const std::shared_ptr<SsoSignIn> flow = m_sso;
    QCoro::connect(runSso(client, flow), this, [this, flow](const SsoSignIn::Outcome &outcome) {
        if (m_sso == flow)
            m_sso.reset();
        m_linkRow->hide();
        if (!outcome.ok()) {
            setBusy(false);
            showMessage(outcome.message, outcome.kind != SsoSignIn::Outcome::Kind::Cancelled);
            emit signInFailed(message());
            return;
        }
        AccountInfo info;
        info.id = AccountRegistry::newId(m_helpdeskUrl);
        info.name = accountName();
        info.helpdeskUrl = m_helpdeskUrl;
        info.method = AccountInfo::SignInMethod::OAuth;
        info.oauthClientId = QStringLiteral("deskhand");
        info.added = QDateTime::currentDateTimeUtc();
        setBusy(true, tr("Signed in; setting up the account…"));
        m_cancel->setEnabled(false); // a half-added account must not be abandoned
        m_finishing = true;
        QCoro::connect(
            Account::add(info, outcome.tokens, m_registry), this,
            [this](Account::Opening opening) { added(std::move(opening.account), opening.message); });
    });
    if (!m_linkRow->isVisible())
        emit waitingForBrowser(false);
}

void SignInDialog::cancelSso()
{
    if (m_sso) {
        m_sso->cancel(); // the flow ends with Cancelled and says so
        return;
    }
    if (m_finishing)
        return; // the account is being written: that ends by itself, shortly
    // Discovery or a token request: its answer is dropped.
    ++m_attempt;
    setBusy(false, tr("Cancelled."));
}

void SignInDialog::reject()
{
    // While the account is written (keychain, registry, store) closing would leave it half-made.
    if (m_finishing)
        return;
    if (m_sso)
        m_sso->cancel();
    ++m_attempt;
    m_busy = false;
    QDialog::reject();
}

void SignInDialog::finishWith(ApiCredentials credentials, int method)
{
    AccountInfo info;
    info.id = AccountRegistry::newId(m_helpdeskUrl);
    info.name = accountName();
    info.helpdeskUrl = m_helpdeskUrl;
    info.method = AccountInfo::SignInMethod(method);
    info.added = QDateTime::currentDateTimeUtc();
    setBusy(true, tr("Signing in to %1…").arg(m_helpdeskUrl.toDisplayString()));
    m_cancel->setEnabled(false); // a half-added account must not be abandoned
    m_finishing = true;
    QCoro::connect(Account::add(info, std::move(credentials), m_registry), this,
                   [this](Account::Opening opening) { added(std::move(opening.account), opening.message); });
}

void SignInDialog::added(std::unique_ptr<Account> account, const QString &problem)
{
    m_finishing = false;
    setBusy(false);
    if (!account) {
        showMessage(problem, true);
        emit signInFailed(problem);
        return;
    }
    m_account = std::move(account);
    accept();
}

QString SignInDialog::accountName() const
{
    // The helpdesk's host, numbered when another account has it already.
    const QString host = m_helpdeskUrl.host();
    QString name = host;
    for (int n = 2; m_registry.find(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(host).arg(n);
    return name;
}
