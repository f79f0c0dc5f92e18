"""cxrtrain field-eval's judging of `cxrscreen screen --json` lines: a refusal counts as a
referral (and as a false refusal), a doubt about the view counts as a referral."""

from cxrtrain.field_eval import judge


def row(ok=True, score=0.1, label="NORMAL", reason=None, code="not_chest"):
    if not ok:
        return {"ok": False, "error": {"code": code, "message": "..."}}
    return {"ok": True, "score": score, "label": label, "refer_reason": reason}


def test_refusals_are_referrals_and_false_refusals():
    rows = [row(score=0.9, label="PNEUMONIA"), row(ok=False, code="lateral_view"),
            row(score=0.1), row(score=0.2), row(score=0.05, reason="view_uncertain")]
    labels = [1, 1, 0, 0, 0]
    r = judge(rows, labels)
    assert r["false_refusals"] == 0.2 and r["refused_by_code"] == {"lateral_view": 1}
    assert r["sensitivity"] == 1.0  # the refused pneumonia was referred
    assert r["specificity"] == round(2 / 3, 4)  # the doubted normal film was referred
    assert r["view_doubts"] == 1
    assert r["auc"] == 1.0  # a refusal ranks as the highest score
    assert r["auc_accepted"] == 1.0


def test_unlabelled_collections_give_false_refusals_only():
    r = judge([row(), row(ok=False)], [None, None])
    assert r["false_refusals"] == 0.5 and "auc" not in r
