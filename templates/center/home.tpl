{{%AUTOESCAPE context="HTML"}}
{{!
  Center school 所辖学校. Values: YEAR_LABEL. Sections: NO_YEAR; PRODUCT_HEAD repeated (NAME);
  SCHOOL repeated (INDEX, NAME, TYPE, NATURE, CONTACT, MOBILE_MASKED, UPLOAD_URL, VIEW_URL, PROGRESS repeated
  in PRODUCT_HEAD order: STATUS (LABEL, BADGE) or NOT_APPLICABLE); EMPTY when there are none;
  FILED (COUNT): registrations filed by the center and not yet approved (pending or rejected).
}}
<h1 class="page-title">所辖学校</h1>
<p class="muted">{{#NO_YEAR}}管理中心尚未设置当前学年。{{/NO_YEAR}}{{YEAR_LABEL}}学年所辖学校的校责险工作进度和明白人信息。点击“上传”可代学校上传投保数据，点击“查看”可修改明白人手机号或申请注销。</p>
{{#FILED}}<p class="notice" role="status">本校代为注册的学校中有 {{COUNT}} 所待审核或未通过，见<a href="/school/center/register">增加所辖学校</a>。</p>{{/FILED}}
{{>ANNOUNCEMENTS}}
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="schools-caption">
<table class="data-table">
<caption id="schools-caption">所辖学校名单</caption>
<thead>
<tr><th scope="col" class="col-num">序号</th><th scope="col">学校名称</th><th scope="col">学校类型</th><th scope="col">学校性质</th>{{#PRODUCT_HEAD}}<th scope="col">{{NAME}}</th>{{/PRODUCT_HEAD}}<th scope="col">明白人</th><th scope="col">联系电话</th><th scope="col">操作</th></tr>
</thead>
<tbody>{{#SCHOOL}}<tr><td class="col-num">{{INDEX}}</td><td>{{NAME}}</td><td>{{TYPE}}</td><td>{{NATURE}}</td>{{#PROGRESS}}<td>{{#STATUS}}<span class="badge {{BADGE}}">{{LABEL}}</span>{{/STATUS}}{{#NOT_APPLICABLE}}<span class="muted" title="本校类型不适用该险种">—</span>{{/NOT_APPLICABLE}}</td>{{/PROGRESS}}<td>{{CONTACT}}</td><td class="nowrap">{{MOBILE_MASKED}}</td><td class="nowrap"><a href="{{UPLOAD_URL}}">上传</a> <a href="{{VIEW_URL}}">查看</a></td></tr>
{{/SCHOOL}}</tbody>
</table>
</div>
{{#EMPTY}}<p class="empty">尚无所辖学校。所辖学校由市、县教育主管部门在“学校数据 → 设置”中划分。</p>{{/EMPTY}}
