{{%AUTOESCAPE context="HTML"}}
{{!
  One center school and its 所辖学校 (中心校管理). Values ID, NAME, REGION, CONTACT, MOBILE_MASKED, COUNT; CSRF and
  STATIC (global). Section ERROR (MESSAGE). Repeated SCHOOL (INDEX, SCHOOL_ID, SCHOOL_NAME, TYPE, NATURE, SCHOOL_CONTACT,
  SCHOOL_MOBILE, PENDING, MOVE > OPTION repeated: TO_ID, TO_NAME); section EMPTY.
}}
<h1 class="page-title">中心校管理</h1>
<p class="back-link"><a href="/school/dept/centers">返回中心校列表</a> · <a href="/school/dept/schools/settings?id={{ID}}">中心校设置</a></p>
{{#ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/ERROR}}
<section class="panel" aria-labelledby="center-heading">
<h2 id="center-heading" class="section-title">{{NAME}}</h2>
<dl class="detail-list">
<div><dt>区域</dt><dd>{{REGION}}</dd></div>
<div><dt>联系人</dt><dd>{{CONTACT}}（{{MOBILE_MASKED}}）</dd></div>
<div><dt>所辖学校数</dt><dd>{{COUNT}} 所</dd></div>
</dl>
</section>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="schools-caption">
<table class="data-table">
<caption id="schools-caption">所辖学校</caption>
<thead>
<tr><th scope="col" class="col-num">序号</th><th scope="col">学校名称</th><th scope="col">学校类型</th><th scope="col">学校性质</th><th scope="col">联系人</th><th scope="col">联系人手机</th><th scope="col">操作</th></tr>
</thead>
<tbody>{{#SCHOOL}}<tr><td class="col-num">{{INDEX}}</td><td>{{SCHOOL_NAME}}{{#PENDING}} <span class="badge badge-warn">注册待审核</span>{{/PENDING}}</td><td>{{TYPE}}</td><td>{{NATURE}}</td><td>{{SCHOOL_CONTACT}}</td><td class="nowrap">{{SCHOOL_MOBILE}}</td>
<td><div class="row-actions">
{{#MOVE}}<form method="post" action="/school/dept/center/move">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><input type="hidden" name="school_id" value="{{SCHOOL_ID}}">
<label class="visually-hidden" for="to-{{SCHOOL_ID}}">转到中心校</label>
<select id="to-{{SCHOOL_ID}}" name="to_id"><option value="">转到中心校...</option>{{#OPTION}}<option value="{{TO_ID}}">{{TO_NAME}}</option>{{/OPTION}}</select>
<button type="submit" class="btn btn-secondary btn-small">转入</button>
</form>{{/MOVE}}
<form method="post" action="/school/dept/center/remove" data-confirm="确认将“{{SCHOOL_NAME}}”移出中心校“{{NAME}}”？">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><input type="hidden" name="school_id" value="{{SCHOOL_ID}}">
<button type="submit" class="btn btn-secondary btn-small">移出</button>
</form>
<a class="btn btn-secondary btn-small" href="/school/dept/schools/settings?id={{SCHOOL_ID}}">设置</a>
</div></td></tr>
{{/SCHOOL}}</tbody>
</table>
</div>
{{#EMPTY}}<p class="empty">该中心校尚无所辖学校。划分所辖学校：在学校的“设置”中选择“加入中心校”。</p>{{/EMPTY}}
<script src="{{STATIC}}/js/admin-confirm.js" defer></script>
