{{%AUTOESCAPE context="HTML"}}
{{!
  最近登录 (included by every 账户信息 page as RECENT_LOGINS). Sections: LOGIN repeated (AT: time
  in Asia/Shanghai, IP: address), NO_LOGINS.
}}
<section class="panel" aria-labelledby="logins-heading">
<h2 id="logins-heading" class="section-title">最近登录</h2>
{{#NO_LOGINS}}<p class="empty">暂无登录记录。</p>{{/NO_LOGINS}}
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="logins-caption">
<table class="data-table">
<caption id="logins-caption" class="visually-hidden">最近 10 次登录的时间和地址</caption>
<thead>
<tr><th scope="col">登录时间（北京时间）</th><th scope="col">登录地址（IP）</th></tr>
</thead>
<tbody>
{{#LOGIN}}<tr><td class="nowrap">{{AT}}</td><td>{{IP}}</td></tr>
{{/LOGIN}}
</tbody>
</table>
</div>
<p class="field-hint">如发现不是您本人的登录，请立即修改密码并联系管理中心。</p>
</section>
