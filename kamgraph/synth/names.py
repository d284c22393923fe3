"""Name pools for the synthetic portfolio: people, departments, accounts, texts.

Everything here is plain data plus two tiny helpers; the randomness comes from the
caller's :class:`random.Random`, so names are as deterministic as the seed.

Examples
--------
>>> import random
>>> person_name(random.Random(1))[1].split()[0] in {en for _, en in SURNAMES}
True
"""

from __future__ import annotations

import random

__all__ = [
    "SURNAMES", "GIVEN", "PROVINCES", "INDUSTRIES", "TOP_DEPARTMENTS", "SUB_UNITS",
    "COMPETITORS", "EXEC_POSTS", "HOBBIES", "HOME_AREAS", "EVIDENCE", "SUMMARIES",
    "STAGES", "person_name",
]

SURNAMES: tuple[tuple[str, str], ...] = (
    ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"),
    ("杨", "Yang"), ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"),
    ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"),
    ("郭", "Guo"), ("何", "He"), ("高", "Gao"), ("林", "Lin"), ("罗", "Luo"),
    ("郑", "Zheng"), ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"), ("唐", "Tang"),
    ("许", "Xu"), ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao"),
)
GIVEN: tuple[tuple[str, str], ...] = (
    ("强", "qiang"), ("伟", "wei"), ("芳", "fang"), ("敏", "min"), ("静", "jing"),
    ("丽", "li"), ("军", "jun"), ("磊", "lei"), ("洋", "yang"), ("勇", "yong"),
    ("艳", "yan"), ("杰", "jie"), ("涛", "tao"), ("明", "ming"), ("超", "chao"),
    ("秀", "xiu"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"), ("梅", "mei"),
    ("华", "hua"), ("建", "jian"), ("国", "guo"), ("鹏", "peng"), ("辉", "hui"),
    ("宇", "yu"), ("晨", "chen"), ("欣", "xin"), ("文", "wen"), ("海", "hai"),
)
PROVINCES: tuple[tuple[str, str, str], ...] = (
    ("gd", "广东", "Guangdong"), ("js", "江苏", "Jiangsu"), ("zj", "浙江", "Zhejiang"),
    ("sd", "山东", "Shandong"), ("hn", "河南", "Henan"), ("sc", "四川", "Sichuan"),
    ("hb", "湖北", "Hubei"), ("fj", "福建", "Fujian"), ("hun", "湖南", "Hunan"),
    ("ah", "安徽", "Anhui"), ("sh", "上海", "Shanghai"), ("bj", "北京", "Beijing"),
    ("hebei", "河北", "Hebei"), ("sx", "陕西", "Shaanxi"), ("ln", "辽宁", "Liaoning"),
    ("jx", "江西", "Jiangxi"), ("yn", "云南", "Yunnan"), ("gx", "广西", "Guangxi"),
    ("cq", "重庆", "Chongqing"), ("tj", "天津", "Tianjin"),
)
INDUSTRIES: tuple[tuple[str, str, str, str], ...] = (
    # (id suffix, Chinese, English, industry)
    ("telecom", "电信", "Telecom", "telecommunications"),
    ("mobile", "移动", "Mobile", "telecommunications"),
    ("grid", "电网", "Power Grid", "energy"),
    ("bank", "银行", "Bank", "finance"),
    ("rail", "铁路局", "Railway", "transport"),
    ("energy", "能源集团", "Energy Group", "energy"),
    ("health", "卫健委", "Health Commission", "government"),
    ("metro", "地铁", "Metro", "transport"),
)
#: Top-level departments (Chinese, English, technical?). The first three always exist.
TOP_DEPARTMENTS: tuple[tuple[str, str, bool], ...] = (
    ("综合办公室", "General Office", False), ("采购部", "Procurement", False),
    ("网络部", "Network Operations", True), ("信息技术部", "IT", True),
    ("财务部", "Finance", False), ("市场部", "Marketing", False),
    ("规划部", "Planning", True), ("研发中心", "R&D Center", True),
    ("运维中心", "O&M Center", True), ("人力资源部", "Human Resources", False),
    ("法务部", "Legal", False), ("政企部", "Enterprise Business", False),
    ("数据中心", "Data Center", True), ("安全部", "Security", True),
    ("工程建设部", "Engineering", True), ("审计部", "Audit", False),
    ("客户服务部", "Customer Service", False), ("战略部", "Strategy", False),
)
SUB_UNITS: tuple[tuple[str, str], ...] = (
    ("规划室", "Planning Office"), ("运维组", "Operations Team"), ("平台组", "Platform Team"),
    ("项目组", "Project Team"), ("支撑组", "Support Team"), ("质量组", "Quality Team"),
    ("一室", "Section 1"), ("二室", "Section 2"), ("三室", "Section 3"),
    ("创新组", "Innovation Team"), ("架构组", "Architecture Team"), ("采购组", "Sourcing Team"),
)
COMPETITORS: tuple[tuple[str, str, str], ...] = (
    ("zte", "中兴", "ZTE"), ("ericsson", "爱立信", "Ericsson"), ("nokia", "诺基亚", "Nokia"),
    ("cisco", "思科", "Cisco"), ("h3c", "新华三", "H3C"), ("inspur", "浪潮", "Inspur"),
)
#: Executive posts below the CEO (Chinese, English, technical?).
EXEC_POSTS: tuple[tuple[str, str, bool], ...] = (
    ("首席技术官", "CTO", True), ("首席财务官", "CFO", False), ("首席运营官", "COO", False),
    ("首席信息官", "CIO", True), ("副总经理", "Deputy General Manager", False),
    ("纪委书记", "Discipline Secretary", False),
)
HOBBIES: tuple[str, ...] = (
    "golf", "tea", "calligraphy", "fishing", "badminton", "hiking", "photography",
    "wine", "table tennis", "go (weiqi)", "marathon", "classical music",
)
HOME_AREAS: tuple[str, ...] = (
    "Tianhe", "Yuexiu", "Futian", "Nanshan", "Pudong", "Xuhui", "Haidian", "Chaoyang",
    "Jianye", "Gulou", "Xihu", "Wuhou",
)
EVIDENCE: tuple[str, ...] = (
    "accepted our site visit", "asked for a reference call", "praised our delivery team",
    "complained about our pricing", "invited the competitor to the steering committee",
    "shared the tender timeline with us", "declined our dinner invitation",
    "pushed for a joint innovation lab", "raised a quality issue in the review",
    "attended our customer summit", "forwarded the competitor's white paper",
)
SUMMARIES: tuple[str, ...] = (
    "quarterly business review", "technical workshop", "dinner after the expo",
    "site visit to the reference customer", "call about the tender timeline",
    "birthday greeting", "Spring Festival visit", "golf with the sponsor",
    "follow-up on the quality issue", "executive briefing", "coffee at the conference",
)
STAGES: tuple[str, ...] = ("lead", "qualified", "proposal", "negotiation", "won", "lost")


def person_name(rng: random.Random) -> tuple[str, str]:
    """A Chinese name and its pinyin (``("王强", "Wang Qiang")``)."""
    sn, sp = SURNAMES[rng.randrange(len(SURNAMES))]
    g1, p1 = GIVEN[rng.randrange(len(GIVEN))]
    if rng.random() < 0.55:
        g2, p2 = GIVEN[rng.randrange(len(GIVEN))]
        return sn + g1 + g2, f"{sp} {p1.capitalize()}{p2}"
    return sn + g1, f"{sp} {p1.capitalize()}"
