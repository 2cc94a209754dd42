#include "PublicKeyPin.h"

#include <QCryptographicHash>

namespace {

// One DER element: where it starts, where its contents start, where it ends.
struct Element
{
    qsizetype start = 0;
    qsizetype content = 0;
    qsizetype end = 0;
    unsigned char tag = 0;
};

bool readElement(const QByteArray &der, qsizetype at, qsizetype limit, Element *out)
{
    if (at + 2 > limit)
        return false;
    out->start = at;
    out->tag = static_cast<unsigned char>(der.at(at));
    if ((out->tag & 0x1f) == 0x1f) // multi-byte tags never occur in the fields we walk
        return false;
    qsizetype pos = at + 1;
    const unsigned char first = static_cast<unsigned char>(der.at(pos++));
    qsizetype length = 0;
    if (first < 0x80) {
        length = first;
    } else {
        const int bytes = first & 0x7f;
        if (bytes == 0 || bytes > 4 || pos + bytes > limit)
            return false;
        for (int i = 0; i < bytes; ++i)
            length = (length << 8) | static_cast<unsigned char>(der.at(pos++));
    }
    if (length < 0 || length > limit - pos)
        return false;
    out->content = pos;
    out->end = pos + length;
    return true;
}

} // namespace

namespace PublicKeyPin {

QByteArray subjectPublicKeyInfo(const QByteArray &der)
{
    // Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { [0] version OPTIONAL, serialNumber,
    // signature, issuer, validity, subject, subjectPublicKeyInfo, … }, … }
    Element certificate, tbs, field;
    if (!readElement(der, 0, der.size(), &certificate) || certificate.tag != 0x30)
        return {};
    if (!readElement(der, certificate.content, certificate.end, &tbs) || tbs.tag != 0x30)
        return {};
    qsizetype at = tbs.content;
    if (!readElement(der, at, tbs.end, &field))
        return {};
    if (field.tag == 0xa0) {
        at = field.end;
        if (!readElement(der, at, tbs.end, &field))
            return {};
    }
    // serialNumber, signature, issuer, validity, subject, then the key.
    static constexpr unsigned char expected[] = {0x02, 0x30, 0x30, 0x30, 0x30};
    for (const unsigned char tag : expected) {
        if (field.tag != tag)
            return {};
        at = field.end;
        if (!readElement(der, at, tbs.end, &field))
            return {};
    }
    if (field.tag != 0x30)
        return {};
    return der.mid(field.start, field.end - field.start);
}

QByteArray of(const QSslCertificate &certificate)
{
    const QByteArray spki = subjectPublicKeyInfo(certificate.toDer());
    if (spki.isEmpty())
        return {};
    return QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64();
}

bool matches(const QList<QSslCertificate> &peerChain, const QList<QByteArray> &pins)
{
    for (const QSslCertificate &certificate : peerChain) {
        const QByteArray pin = of(certificate);
        if (!pin.isEmpty() && pins.contains(pin))
            return true;
    }
    return false;
}

} // namespace PublicKeyPin
